package cn.ecozone.workplan.internal;

import cn.ecozone.workplan.WorkPlanRows;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A project row as stored; {@code keyProjectId} refers to the key project library, or is null. */
@Embeddable
public class ProjectRow {

    @Column(name = "key_project_id")
    private Long keyProjectId;

    private String name;

    @Column(name = "planned_investment")
    private BigDecimal plannedInvestment;

    private String note;

    protected ProjectRow() {}

    ProjectRow(WorkPlanRows.Project p) {
        this.keyProjectId = p.keyProjectId();
        this.name = p.name();
        this.plannedInvestment = p.plannedInvestment();
        this.note = p.note();
    }

    WorkPlanRows.Project toRow() {
        return new WorkPlanRows.Project(keyProjectId, name, plannedInvestment, note);
    }
}
