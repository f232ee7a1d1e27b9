package cn.ecozone.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The conclusion the province records on a check (Guizhou art. 23; IM eco-civ art. 19), a value kept in
 * the check's own row: problems found (then the rectification period), falsification found (Guizhou
 * art. 24(7)), the feedback, who concluded and when, and the scorecard(s) it judged, frozen then. Null on
 * the check while it is open.
 */
@Embeddable
public class CheckConclusion {

    @Column(name = "problems_found")
    private Boolean problemsFound;

    @Column(name = "falsification_found")
    private Boolean falsificationFound;

    @Column(name = "rectification_days")
    private Integer rectificationDays;

    @Column(name = "conclusion_zh")
    private String conclusionZh;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @Column(name = "concluded_by")
    private String concludedBy;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    /** The scorecard(s) judged, frozen at the conclusion (JSON of {@link JudgedScorecards}). */
    @Column(name = "judged_json")
    private String judgedJson;

    protected CheckConclusion() {}

    /**
     * A conclusion; the period is kept only when problems were found.
     *
     * @param rectificationDays the period given for rectification when problems were found, else ignored
     * @param judgedJson the scorecard(s) the check judged, as JSON, frozen with the conclusion
     */
    CheckConclusion(
            boolean problems,
            boolean falsification,
            Integer rectificationDays,
            String text,
            LocalDate on,
            String by,
            Instant at,
            String judgedJson) {
        this.problemsFound = problems;
        this.falsificationFound = falsification;
        this.rectificationDays = problems ? rectificationDays : null;
        this.conclusionZh = text;
        this.concludedOn = on;
        this.concludedBy = by;
        this.concludedAt = at;
        this.judgedJson = judgedJson;
    }

    public Boolean problemsFound() {
        return problemsFound;
    }

    public Boolean falsificationFound() {
        return falsificationFound;
    }

    public Integer rectificationDays() {
        return rectificationDays;
    }

    public String conclusionZh() {
        return conclusionZh;
    }

    public LocalDate concludedOn() {
        return concludedOn;
    }

    public String concludedBy() {
        return concludedBy;
    }

    public Instant concludedAt() {
        return concludedAt;
    }

    /** The scorecard(s) frozen at the conclusion; null for a check concluded before they were kept. */
    public String judgedJson() {
        return judgedJson;
    }
}
