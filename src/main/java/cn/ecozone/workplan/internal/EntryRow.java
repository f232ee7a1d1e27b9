package cn.ecozone.workplan.internal;

import cn.ecozone.workplan.WorkPlanView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One timeline entry as stored. Append-only. */
@Embeddable
public class EntryRow {

    private String action;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(name = "acted_at")
    private Instant actedAt;

    private String reason;

    protected EntryRow() {}

    EntryRow(String action, String actorName, String actorRole, Instant actedAt, String reason) {
        this.action = action;
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.actedAt = actedAt;
        this.reason = reason;
    }

    WorkPlanView.Entry toEntry() {
        return new WorkPlanView.Entry(action, actorName, actorRole, actedAt, reason);
    }
}
