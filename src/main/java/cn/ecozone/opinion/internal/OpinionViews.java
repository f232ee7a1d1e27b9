package cn.ecozone.opinion.internal;

import cn.ecozone.dossier.RoundView;
import cn.ecozone.opinion.OpinionContent;
import cn.ecozone.opinion.OpinionState;
import cn.ecozone.opinion.OpinionView;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunSummary;
import cn.ecozone.shared.Actor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An opinion as its page shows it: the generated sections (live from the record while a draft, frozen
 * once issued), the covered dossiers with where their runs stand, and what the reader may do.
 * Precondition: the caller checked that the actor reads the opinion.
 */
@Component
public class OpinionViews {

    private final OpinionRecord record;
    private final OpinionAccess access;
    private final ProcedureManagement procedures;
    private final JsonMapper json;

    OpinionViews(OpinionRecord record, OpinionAccess access, ProcedureManagement procedures, JsonMapper json) {
        this.record = record;
        this.access = access;
        this.procedures = procedures;
        this.json = json;
    }

    /** The opinion's view for the actor. */
    public OpinionView view(OpinionEntity o, Actor actor) {
        boolean forms = access.forms(o, actor);
        Map<Long, RunSummary> runs = procedures.summaries(
                o.covered().stream().map(CoveredDossier::runId).toList());
        List<String> allowed = new ArrayList<>();
        if (forms && o.state() == OpinionState.DRAFT) {
            allowed.addAll(List.of("EDIT", "REFRESH", "ISSUE"));
        }
        if (forms && o.state() == OpinionState.ISSUED && o.covered().stream().anyMatch(c -> waits(c, o, runs))) {
            allowed.add("COMPLETE_STEPS");
        }
        OpinionContent content = content(o, actor);
        Map<Long, String> names = new HashMap<>();
        content.candidacies().forEach(c -> names.put(c.dossierId(), c.subjectName()));
        return new OpinionView(
                o.id(),
                o.roundId(),
                o.stepCode(),
                o.scopeCode(),
                o.sequence(),
                o.title(),
                o.documentNumber(),
                o.opening(),
                o.conclusion(),
                o.state(),
                content,
                o.covered().stream()
                        .map(c -> new OpinionView.Covered(
                                c.dossierId(),
                                c.runId(),
                                names.get(c.dossierId()),
                                runs.containsKey(c.runId())
                                        ? runs.get(c.runId()).currentStepCode()
                                        : null))
                        .toList(),
                o.docxDocumentId(),
                o.pdfDocumentId(),
                o.issuedBy(),
                o.issuedAt(),
                o.version(),
                allowed,
                List.of());
    }

    /**
     * Whether the covered dossier's run still waits at the opinion's step in the opening the opinion
     * covered (a run returned past it and brought back needs a supplementary opinion).
     */
    public static boolean waits(CoveredDossier c, OpinionEntity o, Map<Long, RunSummary> runs) {
        RunSummary run = runs.get(c.runId());
        return run != null && o.stepCode().equals(run.currentStepCode()) && run.opening() == c.opening();
    }

    /** The generated sections: frozen once issued, else read from the record now. */
    public OpinionContent content(OpinionEntity o, Actor actor) {
        if (o.state() == OpinionState.ISSUED) {
            return json.readValue(o.frozen(), OpinionContent.class);
        }
        RoundView round = access.round(o.roundId());
        return record.generate(
                round,
                record.opinionStep(round, o.stepCode()),
                o.covered().stream().map(CoveredDossier::dossierId).toList(),
                actor);
    }
}
