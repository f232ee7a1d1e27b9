package cn.ecozone.regulation;

/**
 * What happens at a step of a path, as the procedure engine runs it (ADR 0010, docs/regulations.md).
 * The kind decides the step's outcomes and whether it opens one task or one per assignee; who acts
 * comes from the step's actor.
 */
public enum StepKind {
    /** The subject drafts its text; no task: the record is a draft until its procedure starts. */
    DRAFT,
    /** The actor submits (or forwards) the record, with its own examination where the rules ask for one. */
    SUBMIT,
    /** A body examines the record and gives its opinion, or returns it with reasons. */
    EXAMINE,
    /** Several assignees (e.g. the department's divisions) examine at once; the step ends when all have. */
    PARALLEL_EXAMINE,
    /** A panel (e.g. experts) reviews; another module may complete the step with the panel's outcome. */
    PANEL,
    /** A publicity period with complaints, ended by the body that publishes. */
    PUBLICITY,
    /** A body decides (consents, recommends, selects, designates). */
    DECIDE,
    /** A body outside the platform decides (e.g. the Ministry); its result is recorded. */
    RECORD_RESULT,
    /** The subject revises the record after a review. */
    REVISE,
    /** The record is deliberated and promulgated (颁布实施 / 发布实施). */
    PROMULGATE,
    /** The subject files the record with a receiving body (备案). */
    FILE,
    /** The receiving body acknowledges a filing; its act is the filing receipt (备案回执). */
    ACKNOWLEDGE
}
