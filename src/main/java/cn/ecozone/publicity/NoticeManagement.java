package cn.ecozone.publicity;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunSummary;
import cn.ecozone.procedure.RunView;
import cn.ecozone.publicity.internal.NoticeEntity;
import cn.ecozone.publicity.internal.NoticeEntry;
import cn.ecozone.publicity.internal.NoticeListing;
import cn.ecozone.publicity.internal.NoticePeriod;
import cn.ecozone.publicity.internal.NoticeText;
import cn.ecozone.publicity.internal.NoticeViews;
import cn.ecozone.publicity.internal.Periods;
import cn.ecozone.publicity.internal.PublicityNotices;
import cn.ecozone.publicity.internal.StepRules;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publicity notices (issue 12 §3): the body a chain step of kind PUBLICITY names (or one of its
 * alternatives, Guizhou art. 10) lists the round's dossiers waiting at the step in its scope, drafts the
 * notice with its period, publishes it (irreversibly; afterwards only a correction with a reason), and
 * once the period has ended completes the step on each listed dossier's run.
 */
@Service
@Transactional(readOnly = true)
public class NoticeManagement {

    /** The zone in which publication days and periods are reckoned. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PublicityNotices notices;
    private final NoticeViews views;
    private final StepRules rules;
    private final Periods periods;
    private final RoundManagement rounds;
    private final ProcedureManagement procedures;
    private final NoticeListing listing;
    private final Clock clock;

    NoticeManagement(
            PublicityNotices notices,
            NoticeViews views,
            StepRules rules,
            Periods periods,
            RoundManagement rounds,
            ProcedureManagement procedures,
            NoticeListing listing,
            Clock clock) {
        this.notices = notices;
        this.views = views;
        this.rules = rules;
        this.periods = periods;
        this.rounds = rounds;
        this.procedures = procedures;
        this.listing = listing;
        this.clock = clock;
    }

    /**
     * The round's dossiers in the actor's scope that wait at the publicity step and whose current visit
     * no notice lists yet, to be listed (ADR 0027).
     */
    public List<DossierAtStep> waiting(long roundId, String stepCode, Actor actor) {
        RoundView round = round(roundId, actor);
        issuerRules(round, stepCode, actor);
        return listing.waiting(roundId, stepCode, actor);
    }

    /** The period a notice published on {@code publishedOn} would have, before anything is written. */
    public PeriodPreview preview(long roundId, String stepCode, LocalDate publishedOn, LocalDate endsOn, Actor actor) {
        RoundView round = round(roundId, actor);
        NoticePeriod p = periods.of(issuerRules(round, stepCode, actor).publicity(), publishedOn, endsOn);
        return new PeriodPreview(
                p.publishedOn(),
                p.endsOn(),
                p.minimumEndsOn(),
                List.of(p.zh().split("\n")),
                List.of(p.en().split("\n")));
    }

    /** The notices in the actor's scope, of one round or all, newest first. */
    public PageResult<NoticeSummary> list(Long roundId, int page, int size, Actor actor) {
        return views.summaries(
                notices.inScope(actor.scope().pathPattern(), roundId, Paging.of(page, size, 100)), today());
    }

    /** A notice in the actor's scope, with its entries' blocks. */
    public NoticeView view(long id, Actor actor) {
        return views.view(scoped(id, actor), LocalDate.now(clock.withZone(ZONE)));
    }

    /**
     * Drafts a notice. Preconditions: the actor acts for the step's body; every listed dossier waits at
     * the step in the actor's scope; the period is at least the regulation's.
     */
    @Transactional
    public NoticeView draft(NoticeInput in, Actor actor) {
        RoundView round = round(in.roundId(), actor);
        StepRules.Rules r = issuerRules(round, in.stepCode(), actor);
        NoticeEntity notice = new NoticeEntity(
                round.id(),
                in.stepCode(),
                r.publicity().code(),
                round.regulationCode(),
                round.regulationVersion(),
                round.programme(),
                actor.regionCode(),
                actor.regionPath(),
                actor.role(),
                actor.username(),
                clock.instant());
        edit(notice, in, r, round, actor);
        return views.view(notices.saveAndFlush(notice), today());
    }

    /** Rewrites a draft the actor issues. @throws PublicityFacts.NoticeAlreadyPublished once published */
    @Transactional
    public NoticeView update(long id, long version, NoticeInput in, Actor actor) {
        NoticeEntity notice = locked(id, version, actor);
        RoundView round = round(notice.roundId(), actor);
        StepRules.Rules r = issuerRules(round, notice.stepCode(), actor);
        edit(notice, in, r, round, actor);
        return views.view(notices.saveAndFlush(notice), today());
    }

    /**
     * Publishes the draft on the public pages, irreversibly. Precondition: its day of publication is
     * today or later.
     */
    @Transactional
    public NoticeView publish(long id, long version, Actor actor) {
        NoticeEntity notice = locked(id, version, actor);
        issuerRules(round(notice.roundId(), actor), notice.stepCode(), actor);
        if (notice.publishedOn() != null && notice.publishedOn().isBefore(today())) {
            throw ApiException.invalid("publishedOn", "publicity.notice.published-on-past", notice.publishedOn());
        }
        return views.view(notices.saveAndFlush(notice.publish(clock.instant())), today());
    }

    /** Adds a correction notice (更正) with its reason to a published notice. */
    @Transactional
    public NoticeView correct(long id, long version, String text, Actor actor) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalid("text", "publicity.notice.correction-required");
        }
        NoticeEntity notice = locked(id, version, actor);
        issuerRules(round(notice.roundId(), actor), notice.stepCode(), actor);
        return views.view(notices.saveAndFlush(notice.correct(text.strip(), clock.instant())), today());
    }

    /**
     * Completes the publicity step (公示期满，办结公示) on the run of each listed dossier still waiting
     * at it in the visit the notice lists it for, in one transaction: the engine asks {@code
     * PUBLICITY_ENDED}, which holds only after the last day, so before then nothing changes and the
     * refusal says why. A dossier returned and brought back since waits for its new notice.
     */
    @Transactional
    public NoticeView complete(long id, long version, Actor actor) {
        NoticeEntity notice = locked(id, version, actor);
        issuerRules(round(notice.roundId(), actor), notice.stepCode(), actor);
        if (notice.state() != NoticeState.PUBLISHED) {
            throw new PublicityFacts.NoticeNotPublished();
        }
        Map<Long, RunSummary> standing = procedures.summaries(
                notice.entries().stream().map(NoticeEntry::runId).toList());
        for (NoticeEntry e : notice.entries()) {
            RunSummary now = standing.get(e.runId());
            if (now != null
                    && notice.stepCode().equals(now.currentStepCode())
                    && e.opening() != null
                    && e.opening() == now.opening()) {
                RunView run = procedures.view(e.runId(), actor);
                procedures.act(
                        new ProcedureCommand.Act(
                                run.id(), run.version(), null, null, notice.title(), List.of(), List.of()),
                        actor);
            }
        }
        return views.view(notice, today());
    }

    private void edit(NoticeEntity notice, NoticeInput in, StepRules.Rules r, RoundView round, Actor actor) {
        if (in.publishedOn() == null) {
            throw ApiException.invalid("publishedOn", "publicity.notice.published-on-required");
        }
        if (in.publishedOn().isBefore(today())) {
            throw ApiException.invalid("publishedOn", "publicity.notice.published-on-past", in.publishedOn());
        }
        if (in.dossierIds().isEmpty()) {
            throw ApiException.invalid("dossierIds", "publicity.notice.none-listed");
        }
        List<NoticeEntry> listed = listing.entries(notice, in.dossierIds(), actor);
        String title = blank(in.title())
                ? round.title() + " " + r.step().actionZh()
                : in.title().strip();
        notice.edit(
                new NoticeText(
                        limit(title, 300),
                        blank(in.issuerName())
                                ? actor.organizationName()
                                : in.issuerName().strip(),
                        blank(in.documentNumber()) ? null : in.documentNumber().strip(),
                        blank(in.wherePublished())
                                ? r.publicity().whereZh()
                                : in.wherePublished().strip(),
                        blank(in.howToComplain())
                                ? views.defaultHowToComplain()
                                : in.howToComplain().strip()),
                periods.of(r.publicity(), in.publishedOn(), in.endsOn()),
                listed);
    }

    private StepRules.Rules issuerRules(RoundView round, String stepCode, Actor actor) {
        if (stepCode == null || stepCode.isBlank()) {
            throw ApiException.invalid("stepCode", "publicity.notice.no-step", "");
        }
        StepRules.Rules r = rules.of(round.regulationCode(), round.regulationVersion(), stepCode);
        if (!r.issuers().contains(actor.role())) {
            throw new PublicityFacts.NotTheIssuer();
        }
        return r;
    }

    private RoundView round(long roundId, Actor actor) {
        RoundView round;
        try {
            round = rounds.view(roundId);
        } catch (NoSuchElementException e) {
            throw ApiException.invalid("roundId", "publicity.notice.no-round", roundId);
        }
        if (!actor.regionPath().startsWith("/" + round.jurisdictionCode() + "/")) {
            throw ApiException.invalid("roundId", "publicity.notice.no-round", roundId);
        }
        return round;
    }

    private NoticeEntity scoped(long id, Actor actor) {
        return notices.findById(id)
                .filter(n -> n.regionPath().startsWith(actor.regionPath())
                        && !actor.role().administrator())
                .orElseThrow(PublicityFacts.NoticeNotFound::new);
    }

    private NoticeEntity locked(long id, long version, Actor actor) {
        scoped(id, actor);
        NoticeEntity notice = notices.lockById(id).orElseThrow(PublicityFacts.NoticeNotFound::new);
        if (notice.version() != version) {
            throw new PublicityFacts.Stale();
        }
        return notice;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
