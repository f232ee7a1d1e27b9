package cn.ecozone.procedure.internal;

import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.procedure.StepDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject renamed in its module: its open runs take the new title (inbox, notices) and so do the
 * open deadlines of their steps, titled "subject：step" as {@link StepOpener} registered them. Finished
 * and cancelled runs keep the title they ended with.
 */
@Service
@Transactional
public class Retitling {

    private final Runs runs;
    private final StepsJson json;
    private final DeadlineManagement deadlines;

    Retitling(Runs runs, StepsJson json, DeadlineManagement deadlines) {
        this.runs = runs;
        this.json = json;
        this.deadlines = deadlines;
    }

    /**
     * Renames the subject's open runs, each under its row lock, and their steps' open deadlines.
     * Precondition: {@code title} is 1 to 300 characters (the subject module checked it).
     */
    public void retitle(String subjectType, long subjectId, String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 300) {
            throw new IllegalArgumentException("a subject title of 1 to 300 characters");
        }
        for (RunEntity found : runs.findBySubjectTypeAndSubjectIdOrderByIdDesc(subjectType, subjectId)) {
            if (found.state() != RunEntity.State.OPEN || t.equals(found.subjectTitle())) {
                continue;
            }
            RunEntity run = runs.lock(found.id()).orElseThrow();
            run.retitle(t);
            for (StepDefinition step : json.read(run).steps()) {
                if (step.period() != null) {
                    deadlines.retitle(subjectType, subjectId, StepOpener.kind(step), StepOpener.title(run, step));
                }
            }
        }
    }
}
