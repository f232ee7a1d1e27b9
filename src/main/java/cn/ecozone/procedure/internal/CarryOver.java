package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.CarriedRun;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.procedure.StepDefinition;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a record that went part of its path before the engine onto it: a run at the step it waits at
 * (its tasks open for the step's actors, its period counted from the day given), or finished, with the
 * old timeline copied onto the run's. Publishes no step events: nothing happened now.
 */
@Service
@Transactional
public class CarryOver {

    private final Runs runs;
    private final Entries entries;
    private final StepsJson json;
    private final StepOpener opener;
    private final Clock clock;

    CarryOver(Runs runs, Entries entries, StepsJson json, StepOpener opener, Clock clock) {
        this.runs = runs;
        this.entries = entries;
        this.json = json;
        this.opener = opener;
        this.clock = clock;
    }

    /** The new run's id. Precondition: {@code carried.currentStep()} is a step of the definition. */
    public long carry(ProcedureSubject subject, ProcedureDefinition definition, CarriedRun carried) {
        int index = carried.currentStep();
        if (index < 0 || index >= definition.steps().size()) {
            throw new IllegalArgumentException("no step " + index + " in " + definition.code());
        }
        RunEntity run = runs.save(new RunEntity(
                subject.type(),
                subject.id(),
                subject.regionCode(),
                subject.regionPath(),
                subject.title().strip(),
                subject.link(),
                definition.code(),
                definition.version(),
                json.write(definition),
                carried.initiatorUserId(),
                carried.startedAt()));
        for (CarriedRun.PastEntry e : carried.entries()) {
            int at = definition.indexOf(e.stepCode());
            entries.save(new EntryEntity(run.id(), at < 0 ? index : at, e));
        }
        StepDefinition step = definition.steps().get(index);
        if (carried.finished()) {
            run.open(index);
            run.end(
                    RunEntity.State.FINISHED,
                    carried.entries().isEmpty()
                            ? clock.instant()
                            : carried.entries().getLast().at());
            return run.id();
        }
        List<TaskEntity> opened = opener.open(run, definition, index, opener.resolve(run, step, List.of()));
        if (carried.periodFrom() != null) {
            opener.register(run, step, opened, carried.periodFrom());
        }
        return run.id();
    }
}
