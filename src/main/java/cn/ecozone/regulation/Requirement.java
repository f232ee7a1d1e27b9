package cn.ecozone.regulation;

/**
 * What must be on record before a step of an application chain may be completed (a step's {@code
 * requires} in the regulation data). The procedure engine asks the module that keeps the record
 * ({@code procedure.StepRequirement}); a step whose requirement is unmet cannot be acted on, so that no
 * one completes a panel, a publicity or a naming by a plain click on the generic procedure panel.
 */
public enum Requirement {
    /** The expert panel covering the dossier at this step has closed with its scores (module {@code review}). */
    PANEL_CLOSED,
    /** The dossier was listed on a published notice for this step whose period has ended (module {@code publicity}). */
    PUBLICITY_ENDED,
    /**
     * No complaint against the dossier is open or was found true (Guizhou art. 16; module {@code
     * publicity}).
     */
    NO_BLOCKING_COMPLAINT,
    /** The written opinion covering the dossier for this step has been issued (module {@code opinion}). */
    OPINION_ISSUED,
    /** The subject recorded its submission on the national platform with its receipt (IM art. 16; module {@code title}). */
    PLATFORM_RECEIPT,
    /** The naming decision (named or not, with its document) has been recorded (module {@code title}). */
    NAMING_RECORDED,
    /** The annual report's content is saved: its text and the year's scorecard, frozen (issue 13 §1; module {@code report}). */
    REPORT_COMPLETE,
    /** The check's conclusion is recorded (on-site check or post-evaluation, issue 13 §2; module {@code supervision}). */
    CHECK_CONCLUDED,
    /** The decision on an enforcement proposal is recorded with its severity (issue 13 §3; module {@code sanction}). */
    PROPOSAL_DECIDED,
    /** The grade of the annual evaluation is assigned (Xilingol art. 10, issue 13 §4; module {@code grading}). */
    GRADE_ASSIGNED,
    /** The experts' review of a typical case has closed (Xilingol art. 13, issue 13 §5; module {@code cases}). */
    CASE_REVIEWED
}
