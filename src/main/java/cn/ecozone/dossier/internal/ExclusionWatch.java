package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.DossierExclusionFound;
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
        List<ExclusionWatchRows.InReview> dossiers = rows.inReviewAbove(event.regionPath());
        if (dossiers.isEmpty()) {
            return;
        }
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
            if (rows.flipped(d.id(), report.excluded(), event.recordId(), clock.instant()) && report.excluded()) {
                events.publishEvent(new DossierExclusionFound(
                        d.id(),
                        d.subjectName(),
                        d.regionCode(),
                        d.provinceCode(),
                        d.submittedOn(),
                        event.recordId(),
                        report.verdicts().stream()
                                .filter(v -> v.outcome() == ExclusionOutcome.EXCLUDED)
                                .map(ExclusionVerdict::textZh)
                                .toList(),
                        "/dossiers/" + d.id()));
            }
        }
    }
}
