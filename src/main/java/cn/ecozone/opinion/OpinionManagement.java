package cn.ecozone.opinion;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.opinion.internal.CoveredDossier;
import cn.ecozone.opinion.internal.OpinionEntity;
import cn.ecozone.opinion.internal.OpinionFiles;
import cn.ecozone.opinion.internal.OpinionRecord;
import cn.ecozone.opinion.internal.Opinions;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunSummary;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Step;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.shared.Role;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opinions (issue 12 §4, docs/opinion.md): the written opinion the body at a step that requires one
 * forms on a round's dossiers waiting there — IM eco-civ art. 15 (预审意见, the department at
 * {@code PRE_REVIEW_OPINION}), Guizhou art. 11 (书面预审推荐意见, the municipal government at {@code
 * RECOMMEND}, for its prefecture). A draft's text sections are edited at a version (409 when stale);
 * issuing freezes it, makes its DOCX and PDF and stores them through the document module. Issuing does
 * not move the runs: the step's actor completes the covered dossiers' steps ({@link #completeSteps}).
 */
@Service
@Transactional(readOnly = true)
public class OpinionManagement {

    /** The roles that read opinions (in their data scope). */
    static final Set<Role> READERS = EnumSet.of(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT);

    private final Opinions opinions;
    private final OpinionRecord record;
    private final OpinionFiles files;
    private final RoundManagement rounds;
    private final DossierSteps steps;
    private final ProcedureManagement procedures;
    private final DocumentManagement documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final MessageSource messages;

    OpinionManagement(
            Opinions opinions,
            OpinionRecord record,
            OpinionFiles files,
            RoundManagement rounds,
            DossierSteps steps,
            ProcedureManagement procedures,
            DocumentManagement documents,
            ApplicationEventPublisher events,
            Clock clock,
            JsonMapper json,
            PlatformTransactionManager transactionManager,
            MessageSource messages) {
        this.opinions = opinions;
        this.record = record;
        this.files = files;
        this.rounds = rounds;
        this.steps = steps;
        this.procedures = procedures;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.messages = messages;
    }

    private record Prepared(OpinionEntity opinion, OpinionContent content) {}

    /** What staff write into a draft. */
    public record Edit(Long version, String title, String documentNumber, String opening, String conclusion) {}

    /** The round's opinions in the actor's scope, paged; administrators and other roles see none. */
    public PageResult<OpinionSummary> list(
            long roundId, OpinionState state, String q, int page, int size, Actor actor) {
        if (!READERS.contains(actor.role())) {
            return new PageResult<>(List.of(), page, size, 0);
        }
        var found = opinions.search(
                roundId, actor.scope().pathPattern(), state, Like.containing(q), Paging.of(page, size, 100));
        Map<Long, Integer> counts = new HashMap<>();
        List<Long> ids = found.getContent().stream().map(OpinionEntity::id).toList();
        if (!ids.isEmpty()) {
            for (Object[] row : opinions.coveredCounts(ids)) {
                counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
            }
        }
        return PageResult.of(
                found,
                o -> new OpinionSummary(
                        o.id(),
                        o.roundId(),
                        o.stepCode(),
                        o.scopeCode(),
                        o.title(),
                        o.documentNumber(),
                        o.state(),
                        counts.getOrDefault(o.id(), 0),
                        o.issuedAt(),
                        o.updatedAt(),
                        o.version()));
    }

    /** The steps of the round's chain at which the actor's body forms an opinion. */
    public List<String> opinionSteps(long roundId, Actor actor) {
        RoundView round = round(roundId);
        return record.opinionSteps(round).stream()
                .filter(code -> record.formsOpinion(round, code, actor))
                .toList();
    }

    /** The opinion with its sections. @throws OpinionFacts.OpinionNotFound outside scope */
    public OpinionView view(long id, Actor actor) {
        return view(visible(id, actor), actor);
    }

    /**
     * Drafts the opinion of the actor's body at {@code stepCode} on the round's dossiers waiting there in
     * its scope. Preconditions: the step requires an issued opinion (400 otherwise); the actor acts for its
     * body (403); some dossier waits (422); one opinion per round, step and body (409).
     */
    @Transactional
    public OpinionView create(long roundId, String stepCode, Actor actor) {
        if (stepCode == null || stepCode.isBlank()) {
            throw ApiException.invalid("stepCode", "validation.required");
        }
        RoundView round = round(roundId);
        Step step = record.opinionStep(round, stepCode);
        if (!record.formsOpinion(round, stepCode, actor)) {
            throw new OpinionFacts.NotTheOpinionBody(stepCode);
        }
        List<CoveredDossier> covered = waiting(roundId, stepCode, actor);
        String title = round.title() + "·" + step.actionZh().split("，")[0];
        try {
            OpinionEntity saved = opinions.saveAndFlush(new OpinionEntity(
                    roundId,
                    stepCode,
                    actor.regionCode(),
                    actor.regionPath(),
                    title.length() > 200 ? title.substring(0, 200) : title,
                    null,
                    null,
                    covered,
                    actor.username(),
                    clock.instant()));
            return view(saved, actor);
        } catch (DataIntegrityViolationException e) {
            throw new OpinionFacts.OpinionExists();
        }
    }

    /** Changes a draft's text sections. Preconditions: its body; a draft at {@code version} (409). */
    @Transactional
    public OpinionView edit(long id, Edit edit, Actor actor) {
        OpinionEntity o = own(id, actor);
        long version = required(edit.version());
        String title = text("title", edit.title(), 200, true);
        String number = text("documentNumber", edit.documentNumber(), 100, false);
        String opening = text("opening", edit.opening(), OpinionEntity.MAX_TEXT, false);
        String conclusion = text("conclusion", edit.conclusion(), OpinionEntity.MAX_TEXT, false);
        o.edit(version, title, number, opening, conclusion, clock.instant());
        return view(opinions.saveAndFlush(o), actor);
    }

    /** Covers the dossiers waiting at the step now (a dossier returned or newly arrived). */
    @Transactional
    public OpinionView refresh(long id, Long version, Actor actor) {
        OpinionEntity o = own(id, actor);
        o.cover(required(version), waiting(o.roundId(), o.stepCode(), actor), clock.instant());
        return view(opinions.saveAndFlush(o), actor);
    }

    /**
     * Issues the draft seen at {@code version}: its sections are generated and frozen, its DOCX and PDF
     * made and stored (SHA-256) through the document module. Irreversible; two at once: one wins, the other
     * 409. Preconditions: no transaction is open (the files are stored first, as every upload is).
     *
     * @throws OpinionFacts.FontMissing (503) when the Chinese font is not installed
     */
    @Transactional(propagation = Propagation.NEVER)
    public OpinionView issue(long id, Long version, Actor actor) {
        long seen = required(version);
        // the sections are read in a short transaction; the files are made with none open
        Prepared prepared = transactions.execute(s -> {
            OpinionEntity o = own(id, actor);
            o.guardDraft(seen);
            return new Prepared(o, content(o, actor));
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
                    return view(saved, actor);
                });
    }

    /**
     * Completes the opinion's step on every covered dossier whose run waits there, each on its own run:
     * a dossier whose step lacks a requirement (e.g. an open complaint) stays where it is and is returned
     * in {@code skipped} with the reasons, while the others move on. Preconditions: the opinion is issued;
     * the actor acts at the step.
     */
    @Transactional
    public OpinionView completeSteps(long id, String opinionText, Actor actor) {
        OpinionEntity o = opinions.lockById(id)
                .filter(x -> actor.scope().includes(x.scopePath()) && READERS.contains(actor.role()))
                .orElseThrow(() -> new OpinionFacts.OpinionNotFound(id));
        if (o.state() != OpinionState.ISSUED) {
            throw new OpinionFacts.OpinionNotIssued();
        }
        List<Long> docs = List.of(o.docxDocumentId(), o.pdfDocumentId());
        Map<Long, RunSummary> runs = procedures.summaries(
                o.covered().stream().map(CoveredDossier::runId).toList());
        String words = opinionText == null || opinionText.isBlank() ? o.title() : opinionText.strip();
        Map<Long, List<String>> lacking = new LinkedHashMap<>();
        for (CoveredDossier c : o.covered()) {
            RunSummary run = runs.get(c.runId());
            if (run == null || !o.stepCode().equals(run.currentStepCode())) {
                continue;
            }
            // checked first: a refused act would roll back the others (one transaction)
            List<StepRequirement.Unmet> unmet = procedures.unmet(c.runId());
            if (!unmet.isEmpty()) {
                lacking.put(c.dossierId(), unmet.stream().map(this::words).toList());
                continue;
            }
            long runVersion = procedures.view(c.runId(), actor).version();
            procedures.act(new ProcedureCommand.Act(c.runId(), runVersion, null, null, words, docs, List.of()), actor);
        }
        OpinionView view = view(o, actor);
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

    /** The issued opinion's file, DOCX or PDF, for download. */
    public StoredDocument file(long id, DocumentType type, Actor actor) {
        OpinionEntity o = visible(id, actor);
        if (o.state() != OpinionState.ISSUED) {
            throw new OpinionFacts.OpinionNotIssued();
        }
        return documents.require(type == DocumentType.PDF ? o.pdfDocumentId() : o.docxDocumentId());
    }

    /** The bytes of a file returned by {@link #file}. */
    public InputStream open(StoredDocument document) throws IOException {
        return documents.open(document.id());
    }

    /** Whether an issued opinion at {@code stepCode} covers the dossier ({@code OPINION_ISSUED}). */
    public boolean issuedCovering(long dossierId, String stepCode) {
        return opinions.issuedCovering(dossierId, stepCode);
    }

    private OpinionContent content(OpinionEntity o, Actor actor) {
        if (o.state() == OpinionState.ISSUED) {
            return json.readValue(o.frozen(), OpinionContent.class);
        }
        RoundView round = round(o.roundId());
        return record.generate(
                round,
                record.opinionStep(round, o.stepCode()),
                o.covered().stream().map(CoveredDossier::dossierId).toList(),
                actor);
    }

    private List<CoveredDossier> waiting(long roundId, String stepCode, Actor actor) {
        List<DossierAtStep> at = steps.waitingAt(roundId, stepCode, actor);
        if (at.isEmpty()) {
            throw new OpinionFacts.NothingToCover(stepCode);
        }
        List<CoveredDossier> out = new ArrayList<>();
        for (DossierAtStep a : at) {
            out.add(new CoveredDossier(a.dossier().id(), a.runId()));
        }
        return out;
    }

    private OpinionView view(OpinionEntity o, Actor actor) {
        RoundView round = round(o.roundId());
        boolean forms =
                record.formsOpinion(round, o.stepCode(), actor) && o.scopeCode().equals(actor.regionCode());
        Map<Long, RunSummary> runs = procedures.summaries(
                o.covered().stream().map(CoveredDossier::runId).toList());
        List<String> allowed = new ArrayList<>();
        if (forms && o.state() == OpinionState.DRAFT) {
            allowed.addAll(List.of("EDIT", "REFRESH", "ISSUE"));
        }
        if (forms
                && o.state() == OpinionState.ISSUED
                && runs.values().stream().anyMatch(r -> o.stepCode().equals(r.currentStepCode()))) {
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

    private OpinionEntity visible(long id, Actor actor) {
        return opinions.findById(id)
                .filter(o -> READERS.contains(actor.role()) && actor.scope().includes(o.scopePath()))
                .orElseThrow(() -> new OpinionFacts.OpinionNotFound(id));
    }

    /** The opinion, when the actor is of the body that forms it. */
    private OpinionEntity own(long id, Actor actor) {
        OpinionEntity o = visible(id, actor);
        if (!o.scopeCode().equals(actor.regionCode())
                || !record.formsOpinion(round(o.roundId()), o.stepCode(), actor)) {
            throw new OpinionFacts.NotTheOpinionBody(o.stepCode());
        }
        return o;
    }

    /** The round. @throws ApiException 404 for an unknown one */
    private RoundView round(long roundId) {
        try {
            return rounds.view(roundId);
        } catch (java.util.NoSuchElementException e) {
            throw ApiException.notFound("error.round.not-found", roundId);
        }
    }

    private static long required(Long version) {
        if (version == null) {
            throw ApiException.invalid("version", "validation.required");
        }
        return version;
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.invalid(field, "validation.required");
            }
            return null;
        }
        if (value.strip().length() > max) {
            throw ApiException.invalid(field, "opinion.too-long", max);
        }
        return value.strip();
    }
}
