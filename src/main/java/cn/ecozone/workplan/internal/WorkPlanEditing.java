package cn.ecozone.workplan.internal;

import cn.ecozone.project.KeyProjectManagement;
import cn.ecozone.project.KeyProjectView;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.workplan.WorkPlanInput;
import cn.ecozone.workplan.WorkPlanRows;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The content of a work plan as its subject edits it: checked rows, key projects resolved and locked. */
@Component
public class WorkPlanEditing {

    private final KeyProjectManagement keyProjects;
    private final Clock clock;

    WorkPlanEditing(KeyProjectManagement keyProjects, Clock clock) {
        this.keyProjects = keyProjects;
        this.clock = clock;
    }

    /**
     * Replaces the plan's title, summary and rows with the checked input. Precondition: the run lets
     * the actor change the plan ({@link WorkPlanProcedure#requireEditable}).
     */
    public void edit(WorkPlanEntity w, WorkPlanInput in, String title, Actor actor) {
        List<WorkPlanRows.Project> projects = new ArrayList<>();
        List<WorkPlanRows.Project> checked = WorkPlanChecks.projects(in.projects());
        for (int i = 0; i < checked.size(); i++) {
            projects.add(resolve(checked.get(i), i, w.regionCode(), actor));
        }
        w.edit(
                title,
                WorkPlanChecks.summary(in.summary()),
                WorkPlanChecks.tasks(in.tasks(), w.year()),
                projects,
                WorkPlanChecks.funds(in.funds()),
                clock.instant());
    }

    /** A row naming a key project takes the project's name; the project must be of the plan's region. */
    private WorkPlanRows.Project resolve(WorkPlanRows.Project row, int i, String regionCode, Actor actor) {
        if (row.keyProjectId() == null) {
            return row;
        }
        KeyProjectView kp;
        try {
            kp = keyProjects.view(row.keyProjectId(), actor);
        } catch (ApiException e) {
            if (e.status() != HttpStatus.NOT_FOUND) {
                throw e;
            }
            kp = null;
        }
        if (kp == null || !kp.regionCode().equals(regionCode) || !keyProjects.lockForReference(kp.id())) {
            throw ApiException.invalid(
                    "projects[" + i + "].keyProjectId", "error.workplan.key-project", row.keyProjectId());
        }
        return new WorkPlanRows.Project(kp.id(), kp.name(), row.plannedInvestment(), row.note());
    }
}
