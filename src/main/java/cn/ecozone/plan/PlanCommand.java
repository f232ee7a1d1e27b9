package cn.ecozone.plan;

import java.time.LocalDate;

/**
 * One move on a plan's path, typed by what it needs (issue 9 §4: replaces the 12-field action and
 * its string outcomes). Each names the plan's {@code version} as the actor read it; a missing or stale
 * version is refused with {@link PlanFacts.StaleVersion} before anything changes. The texts are
 * checked by the aggregate after the actor's role, so that an outsider learns nothing from a 400.
 */
public sealed interface PlanCommand {

    /** The plan's version as read, or {@code null} when the client sent none (always stale). */
    Long version();

    /** The subject submits the draft or the returned plan; its text must be attached. */
    record Submit(Long version) implements PlanCommand {}

    /** A superior body examines the plan; the opinion is required. */
    record Examine(Long version, String opinion) implements PlanCommand {}

    /**
     * The expert (or Ministry) review; {@code panel} is required at an expert review.
     *
     * @param outcome {@code null} when the client sent none or an unknown one (refused by the aggregate)
     */
    record Review(Long version, ReviewOutcome outcome, String panel, LocalDate reviewedOn, String opinion)
            implements PlanCommand {}

    /** The subject has revised the plan after the review (the revised text attached before). */
    record Revised(Long version, String note) implements PlanCommand {}

    /**
     * The subject's government promulgates the plan: body, date and document number are required.
     *
     * @param issuingDocumentId the issuing document (印发文件) the promulgation carries, stored by {@link
     *     PlanDocuments#promulgate} in the same transaction; {@code null} without one (it is optional)
     */
    record Promulgate(Long version, String body, LocalDate promulgatedOn, String documentNumber, Long issuingDocumentId)
            implements PlanCommand {

        /** A promulgation without an issuing document. */
        public Promulgate(Long version, String body, LocalDate promulgatedOn, String documentNumber) {
            this(version, body, promulgatedOn, documentNumber, null);
        }
    }

    /** The subject files the promulgated plan on {@code filedOn}, not before the promulgation. */
    record File(Long version, LocalDate filedOn, String note) implements PlanCommand {}

    /**
     * The receiving body acknowledges the filing: the filing receipt (备案回执) dated {@code receivedOn},
     * the day it received the filing.
     */
    record AcknowledgeFiling(Long version, LocalDate receivedOn, String opinion) implements PlanCommand {}

    /** The actor of the current (non-subject) step returns the plan to the subject; the reason is required. */
    record Return(Long version, String reason) implements PlanCommand {}

    /** The submitter takes the plan back before the next actor has acted. */
    record Withdraw(Long version) implements PlanCommand {}

    /** The subject declares a major change of targets and tasks (reason required): the plan expires. */
    record DeclareMajorChange(Long version, String reason) implements PlanCommand {}

    /** The subject starts revising or recompiling an expired plan: a new revision in draft. */
    record Recompile(Long version) implements PlanCommand {}

    /** What an expert or Ministry review concludes. */
    enum ReviewOutcome {
        /** Passed: on to the subject's revision. */
        PASS,
        /** Passed with changes: on to the subject's revision. */
        REVISE,
        /** Failed: back to the subject to recompile. */
        FAIL;

        /** The outcome named {@code name}, or {@code null} when none or an unknown one is given. */
        public static ReviewOutcome parse(String name) {
            if (name == null) {
                return null;
            }
            for (ReviewOutcome o : values()) {
                if (o.name().equals(name.strip())) {
                    return o;
                }
            }
            return null;
        }
    }
}
