package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.DossierChanged;
import cn.ecozone.dossier.DossierExclusionFound;
import cn.ecozone.dossier.DossierState;
import cn.ecozone.registry.ExclusionManagement;
import cn.ecozone.registry.ExclusionOutcome;
import cn.ecozone.registry.ExclusionQuery;
import cn.ecozone.registry.ExclusionReport;
import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterRecordChanged;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Watches the registers for dossiers in review (issue 11 §2: "A new record that excludes a candidacy
 * already in review notifies the province"). When a record is entered, corrected, confirmed or
 * rejected, the submitted dossiers whose subject's region contains the record's region are judged
 * again as of their submission dates (one ExclusionManagement call for all of them); each that is now
 * excluded and was not before publishes {@link DossierExclusionFound}, which the notification module
 * turns into notifications for the province department staff. A verdict that did not change publishes
 * nothing. An {@link ApplicationModuleListener} (ADR 0013): after the register's commit, in a
 * transaction of its own, resubmitted when it fails.
 */
@Component
class ExclusionWatch {

    private final ExclusionWatchRows rows;
    private final ExclusionManagement exclusions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExclusionWatch(
            ExclusionWatchRows rows, ExclusionManagement exclusions, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.exclusions = exclusions;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    public void on(RegisterRecordChanged event) {
        judge(rows.inReviewAbove(event.regionPath()), event.recordId());
    }

    /**
     * A dossier just submitted is judged once more after its submission committed: a record confirmed
     * while the submission was in flight was seen by neither the submission's check nor the record's
     * watch (which looks for submitted dossiers only).
     */
    @ApplicationModuleListener
    public void on(DossierChanged event) {
        if (event.state() == DossierState.SUBMITTED) {
            rows.inReview(event.dossierId()).ifPresent(d -> judge(List.of(d), null));
        }
    }

    /** Locks the dossiers' watch rows, then judges them, then records each verdict and tells of each new exclusion. */
    private void judge(List<ExclusionWatchRows.InReview> dossiers, Long recordId) {
        if (dossiers.isEmpty()) {
            return;
        }
        Map<Long, Boolean> before = rows.lockVerdicts(dossiers, clock.instant());
        Map<String, ExclusionReport> reports = exclusions.evaluate(dossiers.stream()
                .map(d -> new ExclusionQuery(
                        Long.toString(d.id()),
                        d.regionCode(),
                        d.regulationCode(),
                        d.regulationVersion(),
                        d.submittedOn()))
                .toList());
        for (ExclusionWatchRows.InReview d : dossiers) {
            ExclusionReport report = reports.get(Long.toString(d.id()));
            boolean was = before.getOrDefault(d.id(), false);
            rows.record(d, report.excluded(), recordId, clock.instant());
            if (report.excluded() && !was) {
                events.publishEvent(new DossierExclusionFound(
                        d.id(),
                        d.subjectName(),
                        d.regionCode(),
                        d.provinceCode(),
                        d.submittedOn(),
                        recordId != null ? recordId : firstTrigger(report),
                        report.verdicts().stream()
                                .filter(v -> v.outcome() == ExclusionOutcome.EXCLUDED)
                                .map(ExclusionVerdict::textZh)
                                .toList(),
                        "/dossiers/" + d.id()));
            }
        }
    }

    /** The first record behind an exclusion: what excluded a dossier judged after its submission. */
    private static long firstTrigger(ExclusionReport report) {
        return report.verdicts().stream()
                .filter(v -> v.outcome() == ExclusionOutcome.EXCLUDED)
                .flatMap(v -> v.records().stream())
                .mapToLong(ExclusionVerdict.Trigger::recordId)
                .findFirst()
                .orElse(0L);
    }
}
