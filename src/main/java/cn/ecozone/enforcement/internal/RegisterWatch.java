package cn.ecozone.enforcement.internal;

import cn.ecozone.registry.RegisterRecordChanged;
import cn.ecozone.regulation.Programme;
import cn.ecozone.title.TitleRecords;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Watches the registers after the title (issue 13 §3): a record entered (by the province, so confirmed
 * at once), corrected or confirmed judges again the valid titles of its region and of the regions above
 * it (a league's title counts its banners' records). Pending and rejected records never count (the
 * evidence reader takes confirmed records only). An {@link ApplicationModuleListener} (ADR 0013): after
 * the register's commit, in a transaction of its own, resubmitted when it fails.
 */
@Component
class RegisterWatch {

    private static final Set<RegisterRecordChanged.Change> JUDGED = EnumSet.of(
            RegisterRecordChanged.Change.ENTERED,
            RegisterRecordChanged.Change.CORRECTED,
            RegisterRecordChanged.Change.CONFIRMED);

    private final TitleRecords titles;
    private final TitleEvaluation evaluation;

    RegisterWatch(TitleRecords titles, TitleEvaluation evaluation) {
        this.titles = titles;
        this.evaluation = evaluation;
    }

    @ApplicationModuleListener
    public void on(RegisterRecordChanged event) {
        if (!JUDGED.contains(event.change()) || event.regionPath() == null) {
            return;
        }
        Arrays.stream(event.regionPath().split("/"))
                .filter(code -> !code.isBlank())
                .forEach(code -> {
                    for (Programme programme : Programme.values()) {
                        titles.ofRegion(code, programme).ifPresent(evaluation::evaluate);
                    }
                });
    }
}
