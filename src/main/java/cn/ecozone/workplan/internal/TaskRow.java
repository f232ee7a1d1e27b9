package cn.ecozone.workplan.internal;

import cn.ecozone.workplan.WorkPlanRows;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A task row as stored. */
@Embeddable
public class TaskRow {

    private String task;

    @Column(name = "responsible_unit")
    private String responsibleUnit;

    @Column(name = "due_quarter")
    private Integer quarter;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private WorkPlanRows.TaskStatus status;

    protected TaskRow() {}

    TaskRow(WorkPlanRows.Task t) {
        this.task = t.task();
        this.responsibleUnit = t.responsibleUnit();
        this.quarter = t.quarter();
        this.dueOn = t.dueOn();
        this.status = t.status();
    }

    WorkPlanRows.Task toRow() {
        return new WorkPlanRows.Task(task, responsibleUnit, quarter, dueOn, status);
    }
}
