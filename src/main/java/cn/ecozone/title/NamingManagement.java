package cn.ecozone.title;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.title.internal.DossierAccess;
import cn.ecozone.title.internal.NamingEntity;
import cn.ecozone.title.internal.Namings;
import cn.ecozone.title.internal.TitleEntity;
import cn.ecozone.title.internal.Titles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The naming the province records, and the title it gives (issue 12 §5). At the Ministry's result
 * (IM, step {@code MINISTRY_RESULT}, IM eco-civ art. 15) named completes the step with {@code PASS}
 * and not named with {@code FAIL}, which ends the run; at the designation (Guizhou art. 16, step
 * {@code DESIGNATE}) named completes the step and not named returns the run with the reason. A named
 * subject's candidacy gets a title whose validity comes from its pinned regulation and moves to
 * {@code TITLED}. Two namings at once: one wins, the other is 409 and nothing of it is kept.
 */
@Service
@Transactional(readOnly = true)
public class NamingManagement {

    /** The IM step: the department records the Ministry's result. */
    public static final String MINISTRY_RESULT = "MINISTRY_RESULT";

    /** The Guizhou step: the department names (art. 16). */
    public static final String DESIGNATE = "DESIGNATE";

    static final String MINISTRY_ZH = "生态环境部";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Namings namings;
    private final Titles titles;
    private final DossierAccess access;
    private final CandidacyManagement candidacies;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final ProcedureManagement procedures;
    private final TitleManagement titleViews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NamingManagement(
            Namings namings,
            Titles titles,
            DossierAccess access,
            CandidacyManagement candidacies,
            RegulationManagement regulations,
            RegionManagement regions,
            ProcedureManagement procedures,
            TitleManagement titleViews,
            ApplicationEventPublisher events,
            Clock clock) {
        this.namings = namings;
        this.titles = titles;
        this.access = access;
        this.candidacies = candidacies;
        this.regulations = regulations;
        this.regions = regions;
        this.procedures = procedures;
        this.titleViews = titleViews;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the naming of dossier {@code dossierId} and completes (or returns) its step.
     * Preconditions: the run waits at {@code MINISTRY_RESULT} or {@code DESIGNATE} (else 409), the actor
     * holds the step's task (else the engine's 403), {@code version} is the run's (else 409).
     */
    @Transactional
    public NamingView name(long dossierId, NamingInput in, Actor actor) {
        validate(in);
        DossierAtStep d = access.atStep(dossierId, Set.of(MINISTRY_RESULT, DESIGNATE), actor);
        String step = d.currentStepCode();
        boolean named = in.named();
        String body = PlatformReceipts.blankToNull(in.namingBodyZh());
        if (body == null) {
            body = MINISTRY_RESULT.equals(step) ? MINISTRY_ZH : actor.organizationName();
        }
        NamingEntity naming;
        try {
            naming = namings.saveAndFlush(new NamingEntity(
                    dossierId,
                    d.dossier().candidacyId(),
                    d.runId(),
                    step,
                    d.opening(),
                    named,
                    body,
                    PlatformReceipts.blankToNull(in.documentNumber()),
                    in.decidedOn(),
                    PlatformReceipts.blankToNull(in.reason()),
                    actor.username(),
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new TitleFacts.NamingAlreadyRecorded();
        }
        TitleView title = named ? grant(d, naming, actor) : null;
        events.publishEvent(new NamingRecorded(
                naming.id(),
                dossierId,
                named,
                naming.documentNumber(),
                title == null ? null : title.id(),
                naming.reason()));
        if (named) {
            procedures.act(act(d, in, MINISTRY_RESULT.equals(step) ? "PASS" : null, naming.documentNumber()), actor);
        } else if (MINISTRY_RESULT.equals(step)) {
            procedures.act(act(d, in, "FAIL", naming.reason()), actor);
        } else {
            procedures.act(new ProcedureCommand.Return(d.runId(), in.version(), naming.reason()), actor);
        }
        return view(naming, title);
    }

    private static ProcedureCommand.Act act(DossierAtStep d, NamingInput in, String outcome, String opinion) {
        return new ProcedureCommand.Act(d.runId(), in.version(), null, outcome, opinion, List.of(), List.of());
    }

    private TitleView grant(DossierAtStep d, NamingEntity naming, Actor actor) {
        CandidacyView c = candidacies.view(d.dossier().candidacyId(), actor);
        Regulation regulation = regulations
                .find(c.regulationCode(), c.regulationVersion())
                .orElseThrow(() -> new TitleFacts.ValidityUnknown(c.regulationCode()));
        TitleRules.Validity validity =
                regulation.title() == null ? null : regulation.title().validity();
        if (validity == null || validity.years() == null || validity.years() < 1) {
            throw new TitleFacts.ValidityUnknown(c.regulationCode() + " v" + c.regulationVersion());
        }
        Region region = regions.require(c.regionCode());
        TitleEntity t;
        try {
            t = titles.saveAndFlush(new TitleEntity(
                    c.id(),
                    d.dossier().id(),
                    naming.id(),
                    region.code(),
                    region.path(),
                    c.subjectName(),
                    c.programme(),
                    c.regulationCode(),
                    c.regulationVersion(),
                    naming.namingBodyZh(),
                    naming.documentNumber(),
                    naming.decidedOn(),
                    validity.years(),
                    validity.citation() == null ? null : validity.citation().article(),
                    validity.citation() != null
                            && (validity.citation().uncertain()
                                    || validity.citation().silent()),
                    validity.citation() == null ? null : validity.citation().noteZh(),
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new TitleFacts.NamingAlreadyRecorded();
        }
        // GZ art. 16; IM: the national rule's validity, uncertain (regulation data)
        candidacies.titled(c.id(), t.id());
        return titleViews.view(t, region.name());
    }

    private void validate(NamingInput in) {
        if (in == null || in.version() == null) {
            throw ApiException.invalid("version", "validation.required");
        }
        if (in.named() == null) {
            throw ApiException.invalid("named", "validation.required");
        }
        if (in.decidedOn() == null) {
            throw ApiException.invalid("decidedOn", "validation.required");
        }
        if (in.decidedOn().isAfter(LocalDate.ofInstant(clock.instant(), ZONE))) {
            throw ApiException.invalid("decidedOn", "title.naming.in-future");
        }
        String number = PlatformReceipts.blankToNull(in.documentNumber());
        if (in.named() && number == null) {
            throw ApiException.invalid("documentNumber", "validation.required");
        }
        if (number != null && number.length() > 100) {
            throw ApiException.invalid("documentNumber", "title.too-long", 100);
        }
        String body = PlatformReceipts.blankToNull(in.namingBodyZh());
        if (body != null && body.length() > 100) {
            throw ApiException.invalid("namingBodyZh", "title.too-long", 100);
        }
        String reason = PlatformReceipts.blankToNull(in.reason());
        if (!in.named() && reason == null) {
            throw ApiException.invalid("reason", "validation.required");
        }
        if (reason != null && reason.length() > 2000) {
            throw ApiException.invalid("reason", "title.too-long", 2000);
        }
    }

    static NamingView view(NamingEntity n, TitleView title) {
        return new NamingView(
                n.id(),
                n.dossierId(),
                n.stepCode(),
                n.named(),
                n.namingBodyZh(),
                n.documentNumber(),
                n.decidedOn(),
                n.reason(),
                title);
    }
}
