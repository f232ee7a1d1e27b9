package cn.ecozone.reward.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One changed field of a reward: old → new, who, when, why. Append-only. */
@Entity
@Table(name = "reward_change")
public class RewardChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reward_id")
    private long rewardId;

    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    private String reason;

    protected RewardChangeEntity() {}

    public RewardChangeEntity(
            long rewardId,
            String field,
            String oldValue,
            String newValue,
            String changedBy,
            Instant changedAt,
            String reason) {
        this.rewardId = rewardId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reason = reason;
    }

    public long rewardId() {
        return rewardId;
    }

    public String field() {
        return field;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String reason() {
        return reason;
    }
}
