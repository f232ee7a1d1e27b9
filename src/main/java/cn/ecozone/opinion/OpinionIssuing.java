package cn.ecozone.opinion;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.opinion.internal.CoveredDossier;
import cn.ecozone.opinion.internal.OpinionAccess;
import cn.ecozone.opinion.internal.OpinionEntity;
import cn.ecozone.opinion.internal.OpinionFiles;
import cn.ecozone.opinion.internal.OpinionViews;
import cn.ecozone.opinion.internal.Opinions;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunSummary;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issuing an opinion (frozen, DOCX and PDF stored) and completing the covered dossiers' steps by it
 * (issue 12 §4, docs/opinion.md). Issuing does not move the runs; {@link #completeSteps} does, each on its
 * own run.
 */
@Service
@Transactional(readOnly = true)
public class OpinionIssuing {

    private final Opinions opinions;
    private final OpinionAccess access;
    private final OpinionViews views;
    private final OpinionFiles files;
    private final ProcedureManagement procedures;
    private final DocumentManagement documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final MessageSource messages;

    OpinionIssuing(
            Opinions opinions,
            OpinionAccess access,
            OpinionViews views,
            OpinionFiles files,
            ProcedureManagement procedures,
            DocumentManagement documents,
            ApplicationEventPublisher events,
            Clock clock,
            JsonMapper json,
            PlatformTransactionManager transactionManager,
            MessageSource messages) {
        this.opinions = opinions;
        this.access = access;
        this.views = views;
        this.files = files;
        this.procedures = procedures;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.messages = messages;
    }

    private record Prepared(OpinionEntity opinion, OpinionContent content) {}

    /**
     * Issues the draft seen at {@code version}: its sections are generated and frozen, its DOCX and PDF
     * made and stored (SHA-256) through the document module. Irreversible; two at once: one wins, the other
     * 409. Preconditions: no transaction is open (the files are stored first, as every upload is).
     *
     * @throws OpinionFacts.FontMissing (503) when the Chinese font is not installed
     */
    @Transactional(propagation = Propagation.NEVER)
    public OpinionView issue(long id, Long version, Actor actor) {
        long seen = OpinionManagement.required(version);
        // the sections are read in a short transaction; the files are made with none open
        Prepared prepared = transactions.execute(s -> {
            OpinionEntity o = access.own(id, actor);
            o.guardDraft(seen);
            return new Prepared(o, views.content(o, actor));
        });
        OpinionFiles.Made made = files.make(prepared.opinion(), prepared.content());
        StoredDocument docx = documents.store(
                Upload.of(made.baseName() + ".docx", made.docx()), Set.of(DocumentType.DOCX), actor, d -> d);
        return documents.store(
                Upload.of(made.baseName() + ".pdf", made.pdf()), Set.of(DocumentType.PDF), actor, pdf -> {
                    OpinionEntity o = opinions.lockById(id).orElseThrow(() -> new OpinionFacts.OpinionNotFound(id));
                    o.issue(
                            seen,
                            json.writeValueAsString(made.content()),
                            docx.id(),
                            pdf.id(),
                            actor.username(),
                            clock.instant());
                    OpinionEntity saved = opinions.saveAndFlush(o);
                    events.publishEvent(new OpinionIssued(
                            o.id(),
                            o.roundId(),
                            o.stepCode(),
                            o.covered().stream().map(CoveredDossier::dossierId).toList()));
                    return views.view(saved, actor);
                });
    }

    /**
     * Completes the opinion's step on every covered dossier whose run waits there in the opening the
     * opinion covered, each on its own run: a dossier whose step lacks a requirement (e.g. an open
     * complaint) stays where it is and is returned in {@code skipped} with the reasons, while the others
     * move on. Preconditions: the opinion is issued; the actor acts at the step.
     */
    @Transactional
    public OpinionView completeSteps(long id, String opinionText, Actor actor) {
        OpinionEntity o = access.lockVisible(id, actor);
        if (o.state() != OpinionState.ISSUED) {
            throw new OpinionFacts.OpinionNotIssued();
        }
        List<Long> docs = List.of(o.docxDocumentId(), o.pdfDocumentId());
        Map<Long, RunSummary> runs = procedures.summaries(
                o.covered().stream().map(CoveredDossier::runId).toList());
        List<CoveredDossier> waiting =
                o.covered().stream().filter(c -> OpinionViews.waits(c, o, runs)).toList();
        // checked first: a refused act would roll back the others (one transaction)
        Map<Long, List<StepRequirement.Unmet>> unmet =
                procedures.unmet(waiting.stream().map(CoveredDossier::runId).toList());
        String words = opinionText == null || opinionText.isBlank() ? o.title() : opinionText.strip();
        Map<Long, List<String>> lacking = new LinkedHashMap<>();
        for (CoveredDossier c : waiting) {
            List<StepRequirement.Unmet> missing = unmet.getOrDefault(c.runId(), List.of());
            if (!missing.isEmpty()) {
                lacking.put(c.dossierId(), missing.stream().map(this::words).toList());
                continue;
            }
            long runVersion = procedures.view(c.runId(), actor).version();
            procedures.act(new ProcedureCommand.Act(c.runId(), runVersion, null, null, words, docs, List.of()), actor);
        }
        OpinionView view = views.view(o, actor);
        List<OpinionView.Skipped> skipped = view.dossiers().stream()
                .filter(d -> lacking.containsKey(d.dossierId()))
                .map(d -> new OpinionView.Skipped(d.dossierId(), d.subjectName(), lacking.get(d.dossierId())))
                .toList();
        return view.withSkipped(skipped);
    }

    private String words(StepRequirement.Unmet unmet) {
        return messages.getMessage(
                unmet.messageKey(), unmet.args().toArray(), unmet.messageKey(), LocaleContextHolder.getLocale());
    }
}
