package cn.ecozone.indicator.internal;

import cn.ecozone.shared.Actor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One decision on a submitted year, as its confirmer gave it (issue 14 §2): a confirmation with its
 * optional opinion, or a return with its reason and the indicators it names, each with a comment. Written
 * once, in the transaction of the move, and never changed: the rows of a year are its review history.
 */
@Entity
@Table(name = "indicator_review")
public class ReviewEntity {

    /** What the confirmer decided. */
    public enum Action {
        CONFIRM,
        RETURN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id")
    private long submissionId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;

    private String opinion;

    @Column(name = "decided_by")
    private long decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "indicator_review_comment", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "seq")
    private List<Comment> comments = new ArrayList<>();

    protected ReviewEntity() {}

    private ReviewEntity(
            long submissionId, Action action, String opinion, List<Comment> comments, Actor actor, Instant at) {
        this.submissionId = submissionId;
        this.action = action;
        this.opinion = opinion;
        this.comments = new ArrayList<>(comments);
        this.decidedBy = actor.userId();
        this.decidedByName = actor.displayName() == null ? actor.username() : actor.displayName();
        this.decidedAt = at;
    }

    /**
     * The record of a year's confirmation. Precondition: the year's move to confirmed was taken in this
     * transaction; {@code opinion} is stripped or null.
     */
    public static ReviewEntity confirmed(long submissionId, String opinion, Actor actor, Instant at) {
        return new ReviewEntity(submissionId, Action.CONFIRM, opinion, List.of(), actor, at);
    }

    /**
     * The record of a year's return with its reason and the indicators it names. Precondition: the move
     * was taken in this transaction; the comments were checked (indicators of the edition, once each).
     */
    public static ReviewEntity returned(
            long submissionId, String reason, List<Comment> comments, Actor actor, Instant at) {
        return new ReviewEntity(submissionId, Action.RETURN, reason, comments, actor, at);
    }

    public long id() {
        return id;
    }

    public long submissionId() {
        return submissionId;
    }

    public Action action() {
        return action;
    }

    /** The confirmation's opinion or the return's reason; null for a confirmation without one. */
    public String opinion() {
        return opinion;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public List<Comment> comments() {
        return List.copyOf(comments);
    }

    /** An indicator a return names, with what should be looked at. */
    @Embeddable
    public static class Comment {

        @Column(name = "indicator_code")
        private String indicator;

        @Column(name = "remark")
        private String text;

        protected Comment() {}

        public Comment(String indicator, String text) {
            this.indicator = indicator;
            this.text = text;
        }

        public String indicator() {
            return indicator;
        }

        public String text() {
            return text;
        }
    }
}
