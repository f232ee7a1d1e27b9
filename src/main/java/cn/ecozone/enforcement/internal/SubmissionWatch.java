package cn.ecozone.enforcement.internal;

import cn.ecozone.indicator.SubmissionChanged;
import cn.ecozone.indicator.SubmissionState;
import cn.ecozone.regulation.Programme;
import cn.ecozone.title.TitleRecords;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Watches the indicator confirmations after the title (issue 13 §3, Guizhou art. 24(5), IM eco-civ art.
 * 18): when a region's own year of indicator values is confirmed, the valid titles of that region are
 * judged again, so a confirmed series that deteriorates opens a proposal. Submitted, returned and
 * reopened years change nothing (only confirmed values count); a construction unit's year is not the
 * subject's. An {@link ApplicationModuleListener} (ADR 0013): after the confirmation's commit, in a
 * transaction of its own, resubmitted when it fails.
 */
@Component
class SubmissionWatch {

    private final TitleRecords titles;
    private final TitleEvaluation evaluation;

    SubmissionWatch(TitleRecords titles, TitleEvaluation evaluation) {
        this.titles = titles;
        this.evaluation = evaluation;
    }

    @ApplicationModuleListener
    public void on(SubmissionChanged event) {
        if (event.to() != SubmissionState.CONFIRMED
                || (event.unitId() != null && event.unitId() != 0)
                || event.regionCode() == null) {
            return;
        }
        for (Programme programme : Programme.values()) {
            titles.ofRegion(event.regionCode(), programme).ifPresent(evaluation::evaluate);
        }
    }
}
