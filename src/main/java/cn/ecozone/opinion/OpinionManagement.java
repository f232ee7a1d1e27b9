package cn.ecozone.opinion;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.opinion.internal.CoveredDossier;
import cn.ecozone.opinion.internal.OpinionAccess;
import cn.ecozone.opinion.internal.OpinionCoverage;
import cn.ecozone.opinion.internal.OpinionEntity;
import cn.ecozone.opinion.internal.OpinionRecord;
import cn.ecozone.opinion.internal.OpinionViews;
import cn.ecozone.opinion.internal.Opinions;
import cn.ecozone.regulation.Step;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opinions (issue 12 §4, docs/opinion.md): the written opinion the body at a step that requires one
 * forms on a round's dossiers waiting there — IM eco-civ art. 15 (预审意见, the department at {@code
 * PRE_REVIEW_OPINION}), Guizhou art. 11 (书面预审推荐意见, the municipal government at {@code RECOMMEND},
 * for its prefecture). This façade reads opinions and keeps drafts: a draft's text sections are edited
 * at a version (409 when stale). Each covered dossier is recorded with its step's opening (ADR 0027);
 * once an opinion is issued, a supplementary opinion (补充意见) covers the dossiers that reach the step
 * later or come back to it. Issuing and completing the steps: {@link OpinionIssuing}.
 */
@Service
@Transactional(readOnly = true)
public class OpinionManagement {

    private final Opinions opinions;
    private final OpinionRecord record;
    private final OpinionAccess access;
    private final OpinionCoverage coverage;
    private final OpinionViews views;
    private final DocumentManagement documents;
    private final Clock clock;

    OpinionManagement(
            Opinions opinions,
            OpinionRecord record,
            OpinionAccess access,
            OpinionCoverage coverage,
            OpinionViews views,
            DocumentManagement documents,
            Clock clock) {
        this.opinions = opinions;
        this.record = record;
        this.access = access;
        this.coverage = coverage;
        this.views = views;
        this.documents = documents;
        this.clock = clock;
    }

    /** What staff write into a draft. */
    public record Edit(Long version, String title, String documentNumber, String opening, String conclusion) {}

    /** The steps of the round's chain at which the actor's body forms an opinion. */
    public List<String> opinionSteps(long roundId, Actor actor) {
        RoundView round = access.round(roundId);
        return record.opinionSteps(round).stream()
                .filter(code -> record.formsOpinion(round, code, actor))
                .toList();
    }

    /** The opinion with its sections. @throws OpinionFacts.OpinionNotFound outside scope */
    public OpinionView view(long id, Actor actor) {
        return views.view(access.visible(id, actor), actor);
    }

    /**
     * Drafts the opinion of the actor's body at {@code stepCode} on the round's dossiers waiting there in
     * its scope that no issued opinion covers at their current opening; after the first, it is a
     * supplementary opinion (sequence 2, 3, …). Preconditions: the step requires an issued opinion (400
     * otherwise); the actor acts for its body (403); some such dossier waits (422); the body has no draft
     * at the step (409: refresh that one); two drafts at once: one wins, the other 409.
     */
    @Transactional
    public OpinionView create(long roundId, String stepCode, Actor actor) {
        if (stepCode == null || stepCode.isBlank()) {
            throw ApiException.invalid("stepCode", "validation.required");
        }
        RoundView round = access.round(roundId);
        Step step = record.opinionStep(round, stepCode);
        if (!record.formsOpinion(round, stepCode, actor)) {
            throw new OpinionFacts.NotTheOpinionBody(stepCode);
        }
        if (opinions.draftExists(roundId, stepCode, actor.regionCode())) {
            throw new OpinionFacts.OpinionExists();
        }
        List<CoveredDossier> covered = coverage.uncovered(roundId, stepCode, actor);
        int sequence = opinions.maxSequence(roundId, stepCode, actor.regionCode()) + 1;
        String title = round.title() + "·" + step.actionZh().split("，")[0]
                + (sequence > 1 ? "（补充意见" + (sequence - 1) + "）" : "");
        try {
            OpinionEntity saved = opinions.saveAndFlush(new OpinionEntity(
                    roundId,
                    stepCode,
                    actor.regionCode(),
                    actor.regionPath(),
                    sequence,
                    title.length() > 200 ? title.substring(0, 200) : title,
                    null,
                    null,
                    covered,
                    actor.username(),
                    clock.instant()));
            return views.view(saved, actor);
        } catch (DataIntegrityViolationException e) {
            throw new OpinionFacts.OpinionExists();
        }
    }

    /** Changes a draft's text sections. Preconditions: its body; a draft at {@code version} (409). */
    @Transactional
    public OpinionView edit(long id, Edit edit, Actor actor) {
        OpinionEntity o = access.own(id, actor);
        long version = required(edit.version());
        String title = text("title", edit.title(), 200, true);
        String number = text("documentNumber", edit.documentNumber(), 100, false);
        String opening = text("opening", edit.opening(), OpinionEntity.MAX_TEXT, false);
        String conclusion = text("conclusion", edit.conclusion(), OpinionEntity.MAX_TEXT, false);
        o.edit(version, title, number, opening, conclusion, clock.instant());
        return views.view(opinions.saveAndFlush(o), actor);
    }

    /**
     * Covers the dossiers waiting at the step now that no issued opinion covers at their current opening
     * (a dossier returned or newly arrived).
     */
    @Transactional
    public OpinionView refresh(long id, Long version, Actor actor) {
        OpinionEntity o = access.own(id, actor);
        o.cover(required(version), coverage.uncovered(o.roundId(), o.stepCode(), actor), clock.instant());
        return views.view(opinions.saveAndFlush(o), actor);
    }

    /** The issued opinion's file, DOCX or PDF, for download. */
    public StoredDocument file(long id, DocumentType type, Actor actor) {
        OpinionEntity o = access.visible(id, actor);
        if (o.state() != OpinionState.ISSUED) {
            throw new OpinionFacts.OpinionNotIssued();
        }
        return documents.require(type == DocumentType.PDF ? o.pdfDocumentId() : o.docxDocumentId());
    }

    /** The bytes of a file returned by {@link #file}. */
    public InputStream open(StoredDocument document) throws IOException {
        return documents.open(document.id());
    }

    static long required(Long version) {
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
