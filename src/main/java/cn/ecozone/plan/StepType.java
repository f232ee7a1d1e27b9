package cn.ecozone.plan;

/** What happens at a step of a plan's path. */
public enum StepType {
    /** The subject submits the draft (with its self-examination where the regulation asks for one). */
    SUBMIT,
    /** A superior body examines the plan and attaches its opinion (审核), or returns it. */
    EXAMINE,
    /** The province department organises the expert review and records panel, date and outcome. */
    EXPERT_REVIEW,
    /** The Ministry's review, recorded by the province department with its outcome. */
    MINISTRY_REVIEW,
    /** The subject revises the plan after the review and uploads the revised document. */
    REVISE,
    /** The plan is deliberated and promulgated (颁布实施 / 发布实施): body, date, document number. */
    PROMULGATE,
    /** The subject files the promulgated plan (备案) within the regulation's working-day deadline. */
    FILE,
    /**
     * The receiving body acknowledges the filing; its acknowledgement, with the date it received the
     * filing, is the filing receipt (备案回执), and the plan is filed from then (IM eco-civ art. 6).
     */
    RECEIVE_FILING
}
