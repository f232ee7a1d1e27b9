package cn.ecozone.dossier;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyState;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.dossier.internal.DossierEntity;
import cn.ecozone.dossier.internal.DossierParts;
import cn.ecozone.dossier.internal.DossierProcedure;
import cn.ecozone.dossier.internal.DossierViews;
import cn.ecozone.dossier.internal.Dossiers;
import cn.ecozone.dossier.internal.RoundEntity;
import cn.ecozone.procedure.RunView;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application dossiers (issue 11 §3, docs/dossier.md). Reads follow the data scope (404 outside it); the
 * subject (the role that takes its chain's subject step, at its region) creates the dossier inside a
 * window, fills its materials and answers while it is editable, and submits it; the chain's receivers
 * act, return with a reason, and the subject withdraws, as the procedure engine provides. Every write
 * names the version it saw (stale: 409).
 */
@Service
@Transactional(readOnly = true)
public class DossierManagement {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Dossiers dossiers;
    private final DossierRendering rendering;
    private final DossierParts parts;
    private final DossierViews checks;
    private final DossierProcedure procedure;
    private final RoundManagement rounds;
    private final CandidacyManagement candidacies;
    private final RegionManagement regions;
    private final RegulationManagement regulations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final cn.ecozone.dossier.internal.DossierClaims claims;
    private final DossierListing listing;

    DossierManagement(
            Dossiers dossiers,
            DossierRendering rendering,
            DossierParts parts,
            DossierViews checks,
            DossierProcedure procedure,
            RoundManagement rounds,
            CandidacyManagement candidacies,
            RegionManagement regions,
            RegulationManagement regulations,
            ApplicationEventPublisher events,
            Clock clock,
            cn.ecozone.dossier.internal.DossierClaims claims,
            DossierListing listing) {
        this.listing = listing;
        this.dossiers = dossiers;
        this.rendering = rendering;
        this.parts = parts;
        this.checks = checks;
        this.procedure = procedure;
        this.rounds = rounds;
        this.candidacies = candidacies;
        this.regions = regions;
        this.regulations = regulations;
        this.events = events;
        this.clock = clock;
        this.claims = claims;
    }

    /** One page of the dossier list: see {@link DossierListing#list}. */
    public PageResult<DossierSummary> list(DossierFilter f, int page, int size, Actor actor) {
        return listing.list(f, page, size, actor);
    }

    /** The latest dossier of each candidacy that has one, by candidacy id: one statement. */
    public Map<Long, DossierSummary> forCandidacies(Collection<Long> candidacyIds) {
        Map<Long, DossierSummary> latest = new LinkedHashMap<>();
        if (candidacyIds == null || candidacyIds.isEmpty()) {
            return latest;
        }
        for (DossierEntity d : dossiers.ofCandidacies(candidacyIds)) {
            latest.putIfAbsent(d.candidacyId(), summary(d));
        }
        return latest;
    }

    /** One dossier with its checks. @throws ApiException 404 outside the actor's scope */
    public DossierView view(long id, Actor actor) {
        return view(visible(id, actor), actor);
    }

    /**
     * A new draft dossier of a candidacy in a round. Preconditions: the actor is the candidacy's subject;
     * the candidacy is open and not titled; today lies in the round's window (422 naming the window and its
     * article); a second dossier of the candidacy in the round is 409.
     */
    @Transactional
    public DossierView create(Long candidacyId, Long roundId, Actor actor) {
        if (candidacyId == null) {
            throw ApiException.invalid("candidacyId", "validation.required");
        }
        CandidacyView c = candidacies.view(candidacyId, actor);
        Region region = regions.require(c.regionCode());
        Regulation regulation = regulation(c.regulationCode(), c.regulationVersion());
        DossierEntity d = new DossierEntity(
                c.id(),
                0,
                c.regionCode(),
                region.path(),
                c.unitId(),
                c.subjectName(),
                region.level(),
                c.programme(),
                c.regulationCode(),
                c.regulationVersion(),
                actor.username(),
                clock.instant());
        if (!DossierViews.isSubject(d, actor)) {
            throw ApiException.forbidden("error.dossier.not-subject");
        }
        if (c.state().closed() || c.state() == CandidacyState.TITLED) {
            throw ApiException.conflict("error.dossier.candidacy-state", c.subjectName());
        }
        RoundEntity round = rounds.roundFor(regulation, roundId);
        d = new DossierEntity(
                c.id(),
                round.id(),
                c.regionCode(),
                region.path(),
                c.unitId(),
                c.subjectName(),
                region.level(),
                c.programme(),
                c.regulationCode(),
                c.regulationVersion(),
                actor.username(),
                clock.instant());
        if (dossiers.ofCandidacies(List.of(c.id())).stream().anyMatch(x -> x.roundId() == round.id())) {
            throw ApiException.conflict("error.dossier.duplicate", c.subjectName(), round.title());
        }
        try {
            d = dossiers.saveAndFlush(d);
        } catch (DataIntegrityViolationException e) {
            // dossier_round_uk: a racing request created it first
            throw ApiException.conflict("error.dossier.duplicate", c.subjectName(), round.title());
        }
        return saved(d, actor);
    }

    /** Sets a text material (typical story, abstract). Preconditions: the subject, editable, current version. */
    @Transactional
    public DossierView text(long id, String materialCode, String text, Long version, Actor actor) {
        DossierEntity d = editable(id, version, actor);
        var m = material(d, materialCode);
        if (m.kind() != cn.ecozone.regulation.ApplicationRules.MaterialKind.TEXT) {
            throw ApiException.invalid("materialCode", "error.dossier.not-text", m.nameZh());
        }
        if (text != null && text.length() > 20_000) {
            throw ApiException.invalid("text", "error.dossier.too-long", 20_000);
        }
        parts.text(d.id(), materialCode, text == null ? null : text.strip(), clock.instant());
        d.changed(clock.instant());
        return saved(d, actor);
    }

    /** Answers an eligibility condition with text and evidence documents of the dossier. */
    @Transactional
    public DossierView answer(
            long id, String conditionCode, String answer, List<Long> documentIds, Long version, Actor actor) {
        DossierEntity d = editable(id, version, actor);
        regulation(d).application().eligibility().stream()
                .filter(c -> c.code().equals(conditionCode))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("error.dossier.condition-not-found", conditionCode));
        String text = answer == null ? "" : answer.strip();
        if (text.length() > 4000) {
            throw ApiException.invalid("answer", "error.dossier.too-long", 4000);
        }
        List<Long> ids = documentIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(documentIds));
        for (Long doc : ids) {
            if (doc == null || !parts.holds(d.id(), doc)) {
                throw ApiException.invalid("documentIds", "error.dossier.document-not-held", doc);
            }
        }
        parts.answer(d.id(), conditionCode, text, ids, clock.instant());
        d.changed(clock.instant());
        return saved(d, actor);
    }

    /**
     * Checks, before the bytes move, that the actor may add a document to the material.
     *
     * @return the material's kind, which decides the accepted types
     */
    public cn.ecozone.regulation.ApplicationRules.MaterialKind requireAttachable(
            long id, String materialCode, Long version, Actor actor) {
        DossierEntity d = version == null ? editable(visible(id, actor), actor) : editable(id, version, actor);
        var kind = material(d, materialCode).kind();
        if (kind == cn.ecozone.regulation.ApplicationRules.MaterialKind.TEXT) {
            throw ApiException.invalid("materialCode", "error.dossier.text-material", materialCode);
        }
        return kind;
    }

    /** Records a stored document with the material, in the document's transaction (checks again). */
    @Transactional
    public DossierView attach(
            long id, String materialCode, cn.ecozone.document.StoredDocument stored, Long version, Actor actor) {
        // uploads add rows of their own, so several may run at once (20 photos): without a version the
        // dossier's row is locked while one is linked, and each sees the others'
        DossierEntity d = version == null
                ? editable(
                        dossiers.lockById(id)
                                .filter(x -> actor.scope().includes(x.regionPath()))
                                .orElseThrow(() -> ApiException.notFound("error.dossier.not-found", id)),
                        actor)
                : editable(id, version, actor);
        material(d, materialCode);
        parts.attach(d.id(), materialCode, stored.id(), clock.instant());
        d.changed(clock.instant());
        return saved(d, actor);
    }

    /** Removes a document from a material (the file stays: the document module keeps what was stored). */
    @Transactional
    public DossierView detach(long id, String materialCode, long documentId, Long version, Actor actor) {
        DossierEntity d = editable(id, version, actor);
        material(d, materialCode);
        if (!parts.detach(d.id(), materialCode, documentId)) {
            throw ApiException.notFound("error.dossier.document-not-found", documentId);
        }
        d.changed(clock.instant());
        return saved(d, actor);
    }

    /** The id of a document of the dossier the actor may read. @throws ApiException 404 otherwise */
    public long documentId(long id, long documentId, Actor actor) {
        DossierEntity d = visible(id, actor);
        if (!parts.holds(d.id(), documentId)) {
            throw ApiException.notFound("error.dossier.document-not-found", documentId);
        }
        return documentId;
    }

    /**
     * Submits the dossier: checks every material, condition, the indicators and the exclusions as of
     * today (422 {@code error.dossier.blocked} listing each blocker), freezes the indicator snapshot, and
     * completes the subject's step of the chain, so that the receiver's task opens.
     */
    @Transactional
    public DossierView submit(long id, Long version, Actor actor) {
        DossierEntity d = editable(id, version, actor);
        Regulation regulation = regulation(d);
        procedure.definition(regulation, d);
        LocalDate today = today();
        DossierViews.Checked checked = checks.check(regulation, d, today, actor);
        if (!checked.blockers().isEmpty()) {
            throw DossierRendering.blocked(checked.blockers());
        }
        String snapshot = checks.freeze(regulation, d, today, clock.instant(), actor);
        RunView run = procedure.submit(regulation, d, actor);
        d.submitted(run.id(), today, snapshot, clock.instant());
        candidacies.applicationSubmitted(d.candidacyId(), d.id());
        return saved(d, actor);
    }

    /** The engine's act, return (with a reason) or withdrawal on the dossier's run; the dossier follows its run. */
    @Transactional
    public DossierView act(
            long id, String action, String reason, String outcome, Long taskId, Long version, Actor actor) {
        if (action == null || action.isBlank()) {
            throw ApiException.invalid("action", "validation.required");
        }
        DossierEntity d = fresh(
                claims.lock(id)
                        .filter(x -> actor.scope().includes(x.regionPath()))
                        .orElseThrow(() -> ApiException.notFound("error.dossier.not-found", id)),
                version);
        claims.claim(d);
        RunView run = procedure.act(d, action, reason, outcome, taskId, actor);
        d.follow(DossierProcedure.state(run), clock.instant());
        return saved(d, actor);
    }

    /** Checks the changed dossier, keeps what the check found for lists, saves it and shows it. */
    private DossierView saved(DossierEntity d, Actor actor) {
        DossierViews.Checked c = check(d, actor);
        d.checked(c.missing(), c.excluded(), c.needsJudgement());
        d = dossiers.saveAndFlush(d);
        DossierView view = view(d, c, actor);
        d.drainEvents().forEach(events::publishEvent);
        return view;
    }

    private DossierViews.Checked check(DossierEntity d, Actor actor) {
        LocalDate day = d.state().editable() || d.submittedOn() == null ? today() : d.submittedOn();
        return checks.check(regulation(d), d, day, actor);
    }

    private DossierView view(DossierEntity d, Actor actor) {
        return view(d, check(d, actor), actor);
    }

    private DossierView view(DossierEntity d, DossierViews.Checked c, Actor actor) {
        return rendering.view(d, c, actor);
    }

    private DossierSummary summary(DossierEntity d) {
        return rendering.summary(d);
    }

    private cn.ecozone.regulation.ApplicationRules.Material material(DossierEntity d, String code) {
        return regulation(d).application().materials().stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("error.dossier.material-not-found", code));
    }

    private Regulation regulation(DossierEntity d) {
        return regulation(d.regulationCode(), d.regulationVersion());
    }

    private Regulation regulation(String code, int version) {
        return regulations
                .find(code, version)
                .orElseThrow(() -> new IllegalStateException("regulation " + code + " v" + version + " gone"));
    }

    private DossierEntity editable(long id, Long version, Actor actor) {
        return editable(current(id, version, actor), actor);
    }

    private static DossierEntity editable(DossierEntity d, Actor actor) {
        if (!DossierViews.isSubject(d, actor)) {
            throw ApiException.forbidden("error.dossier.not-subject");
        }
        d.requireEditable();
        return d;
    }

    private DossierEntity current(long id, Long version, Actor actor) {
        return fresh(visible(id, actor), version);
    }

    /** {@code d} when the actor read its current version; else refused as stale (409). */
    private static DossierEntity fresh(DossierEntity d, Long version) {
        if (version == null || version != d.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        return d;
    }

    private DossierEntity visible(long id, Actor actor) {
        return dossiers.findById(id)
                .filter(d -> actor.scope().includes(d.regionPath()))
                .orElseThrow(() -> ApiException.notFound("error.dossier.not-found", id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
