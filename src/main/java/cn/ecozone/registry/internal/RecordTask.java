package cn.ecozone.registry.internal;

import cn.ecozone.registry.RegisterInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A rectification task as a row of {@code register_task}, kept in order by its position. */
@Embeddable
public class RecordTask {

    @Column(name = "description")
    private String description;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected RecordTask() {}

    RecordTask(RegisterInput.Task task) {
        this.description = task.description();
        this.plannedOn = task.plannedOn();
        this.completedOn = task.completedOn();
    }

    RegisterInput.Task view() {
        return new RegisterInput.Task(description, plannedOn, completedOn);
    }
}
