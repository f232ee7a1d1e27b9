package cn.ecozone.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The year's scorecard and key projects (JSON) frozen when the subject submits, for that opening of the
 * {@code SUBMIT} step: values changed later do not alter them. Part of {@link ReportEntity}; immutable.
 */
@Embeddable
public class FrozenSnapshot {

    /** Nothing frozen yet. */
    static final FrozenSnapshot NONE = new FrozenSnapshot();

    @Column(name = "scorecard_json")
    private String scorecardJson;

    @Column(name = "projects_json")
    private String projectsJson;

    @Column(name = "frozen_opening")
    private Integer frozenOpening;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    protected FrozenSnapshot() {}

    FrozenSnapshot(String scorecardJson, String projectsJson, int opening, Instant at) {
        this.scorecardJson = scorecardJson;
        this.projectsJson = projectsJson;
        this.frozenOpening = opening;
        this.frozenAt = at;
    }

    /** Whether it was frozen for {@code opening} of the step. */
    boolean frozenAt(int opening) {
        return frozenOpening != null && frozenOpening == opening;
    }

    public String scorecardJson() {
        return scorecardJson;
    }

    public String projectsJson() {
        return projectsJson;
    }

    /** When it was frozen; {@code null} before any submission. */
    public Instant frozenAt() {
        return frozenAt;
    }
}
