package cn.ecozone.indicator.internal;

import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every indicator year stored before V41 its confirmation run at start-up, carried over at the
 * row's state with its original actors and times ({@link Confirmation#carry}: no replay, so nobody is
 * notified), so that a submitted year waits in the approver's inbox, a confirmed one can be reopened
 * by its confirmer and a returned one resubmitted. Idempotent: only rows without a run, each in its own transaction under the row's
 * lock and checked again there, so several instances starting at once give each row one run.
 */
@Component
class ConfirmationBackfill {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationBackfill.class);
    private static final String MIGRATION = "历史数据迁移";

    private final Submissions submissions;
    private final RegionManagement regions;
    private final ValueOwners owners;
    private final Confirmation confirmation;
    private final TransactionTemplate tx;

    ConfirmationBackfill(
            Submissions submissions,
            RegionManagement regions,
            ValueOwners owners,
            Confirmation confirmation,
            TransactionTemplate tx) {
        this.submissions = submissions;
        this.regions = regions;
        this.owners = owners;
        this.confirmation = confirmation;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int done = backfill();
        if (done > 0) {
            log.info("gave {} indicator years from before V41 their confirmation run", done);
        }
    }

    /** Starts the runs of the years without one; returns how many it started. */
    int backfill() {
        int done = 0;
        for (long id : submissions.withoutRun()) {
            Boolean started = tx.execute(status -> one(id));
            done += Boolean.TRUE.equals(started) ? 1 : 0;
        }
        return done;
    }

    private boolean one(long id) {
        SubmissionEntity s = submissions.lockById(id).orElse(null);
        if (s == null || s.runId() != null) {
            return false;
        }
        Region region = regions.require(s.regionCode());
        // only to find the year's owner (its region, or a construction unit of it)
        Actor reader = new Actor(
                0,
                MIGRATION,
                MIGRATION,
                SubjectRoles.reportersAt(region.level()).getFirst(),
                0,
                MIGRATION,
                region.code(),
                region.path(),
                false);
        confirmation.carry(s, owners.visible(s.regionCode(), s.unitOrNull(), reader));
        submissions.save(s);
        return true;
    }
}
