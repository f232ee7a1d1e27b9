package cn.ecozone.title;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunSummary;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.Step;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.title.internal.ReceiptEntity;
import cn.ecozone.title.internal.Receipts;
import cn.ecozone.title.internal.RoundOverviewWorkbook;
import cn.ecozone.title.internal.RunWaiting;
import cn.ecozone.title.internal.TitleEntity;
import cn.ecozone.title.internal.Titles;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's round overview (issue 12 §6): every submitted dossier of a round in the reader's
 * scope, where its run waits, the deadline, the days waited and what blocks the step (ADR 0027). The
 * round's dossier keys (id and run) are read in one statement with the scope, region and name filters
 * applied in SQL (the step and overdue filters read the round's run summaries in one more) and paged;
 * only the page's dossiers and runs are loaded; the page's blocks ({@link ProcedureManagement#unmet(java.util.Collection)}, each module asked
 * once), titles, receipts, region names and days waited ({@link RunWaiting}) are read for the whole page at once,
 * and the step's name and article come from the round's regulation: the same statements whatever the
 * number of rows, shown or not.
 */
@Service
@Transactional(readOnly = true)
public class RoundOverview {

    /** The most rows an export writes. */
    static final int EXPORT_LIMIT = 2_000;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DossierSteps dossiers;
    private final RoundManagement rounds;
    private final RegulationManagement regulations;
    private final RunWaiting waiting;
    private final ProcedureManagement procedures;
    private final RegionManagement regions;
    private final Titles titles;
    private final Receipts receipts;
    private final MessageSource messages;
    private final RoundOverviewWorkbook workbook;
    private final Clock clock;

    RoundOverview(
            DossierSteps dossiers,
            RoundManagement rounds,
            RegulationManagement regulations,
            RunWaiting waiting,
            ProcedureManagement procedures,
            RegionManagement regions,
            Titles titles,
            Receipts receipts,
            MessageSource messages,
            RoundOverviewWorkbook workbook,
            Clock clock) {
        this.dossiers = dossiers;
        this.rounds = rounds;
        this.regulations = regulations;
        this.waiting = waiting;
        this.procedures = procedures;
        this.regions = regions;
        this.titles = titles;
        this.receipts = receipts;
        this.messages = messages;
        this.workbook = workbook;
        this.clock = clock;
    }

    /** One page of the round's dossiers in the actor's scope that pass the filter. */
    public PageResult<RoundOverviewRow> list(
            long roundId, RoundOverviewFilter filter, int page, int size, Actor actor) {
        List<DossierSteps.Key> passing = passing(roundId, filter, actor);
        int pageSize = Math.clamp(size, 1, 100);
        int from = (int) Math.min((long) Math.max(page, 0) * pageSize, passing.size());
        int to = Math.min(from + pageSize, passing.size());
        return new PageResult<>(
                rows(roundId, standings(passing.subList(from, to))), Math.max(page, 0), pageSize, passing.size());
    }

    /** Writes the filtered overview (at most {@link #EXPORT_LIMIT} rows) as an .xlsx workbook. */
    public void export(long roundId, RoundOverviewFilter filter, Actor actor, OutputStream out) throws IOException {
        List<DossierSteps.Key> passing = passing(roundId, filter, actor);
        List<RoundOverviewRow> rows =
                rows(roundId, standings(passing.subList(0, Math.min(EXPORT_LIMIT, passing.size()))));
        workbook.write(rows, passing.size(), clock.instant(), actor.displayName(), out);
    }

    /**
     * The keys of the round's dossiers that pass the filter, in the overview's order: region, name and
     * scope are filtered in the dossiers' statement; the step and overdue filters (when given) read the
     * round's run summaries in one more.
     */
    private List<DossierSteps.Key> passing(long roundId, RoundOverviewFilter f, Actor actor) {
        RoundOverviewFilter filter = f == null ? new RoundOverviewFilter(null, null, false, null) : f;
        String regionPath = blank(filter.regionCode())
                ? null
                : regions.require(filter.regionCode().strip()).path();
        List<DossierSteps.Key> keys = dossiers.keysOfRound(roundId, actor, regionPath, filter.query());
        if (blank(filter.stepCode()) && !filter.overdueOnly()) {
            return keys;
        }
        Map<Long, RunSummary> runs =
                procedures.summaries(keys.stream().map(DossierSteps.Key::runId).toList());
        return keys.stream()
                .filter(k -> {
                    RunSummary run = runs.get(k.runId());
                    return (blank(filter.stepCode())
                                    || (run != null && filter.stepCode().equals(run.currentStepCode())))
                            && (!filter.overdueOnly()
                                    || (run != null
                                            && run.deadline() != null
                                            && run.deadline().overdue()));
                })
                .toList();
    }

    /** The page's dossiers with their runs (three statements). */
    private List<Standing> standings(List<DossierSteps.Key> page) {
        List<DossierAtStep> at =
                dossiers.ofIds(page.stream().map(DossierSteps.Key::dossierId).toList());
        Map<Long, RunSummary> runs =
                procedures.summaries(at.stream().map(DossierAtStep::runId).toList());
        return at.stream().map(a -> new Standing(a, runs.get(a.runId()))).toList();
    }

    private List<RoundOverviewRow> rows(long roundId, List<Standing> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = regions.names(
                page.stream().map(s -> s.at().dossier().regionCode()).collect(Collectors.toSet()));
        Map<Long, TitleEntity> titled =
                titles
                        .findByDossierIdIn(
                                page.stream().map(s -> s.at().dossier().id()).toList())
                        .stream()
                        .collect(Collectors.toMap(TitleEntity::dossierId, Function.identity()));
        List<Long> open = page.stream()
                .filter(s -> s.at().currentStepCode() != null)
                .map(s -> s.at().runId())
                .toList();
        Map<Long, List<StepRequirement.Unmet>> unmet = procedures.unmet(open);
        Map<Long, Instant> since = waiting.since(open);
        Map<String, Step> steps = stepsOf(roundId);
        Map<Long, ReceiptEntity> receipted = new HashMap<>();
        receipts.findByDossierIdInOrderByIdDesc(
                        page.stream().map(s -> s.at().dossier().id()).toList())
                .forEach(r -> receipted.putIfAbsent(r.dossierId(), r));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        return page.stream()
                .map(s -> row(
                        s,
                        names,
                        titled.get(s.at().dossier().id()),
                        steps,
                        unmet.getOrDefault(s.at().runId(), List.of()),
                        since.get(s.at().runId()),
                        receipted.get(s.at().dossier().id()),
                        today))
                .toList();
    }

    /** The steps of the round's chains by code (its pinned regulation, then the latest version). */
    private Map<String, Step> stepsOf(long roundId) {
        RoundView round = rounds.view(roundId);
        Map<String, Step> out = new HashMap<>();
        List<Regulation> pinned = new ArrayList<>();
        regulations.find(round.regulationCode(), round.regulationVersion()).ifPresent(pinned::add);
        Regulation latest = regulations.latest(round.regulationCode(), false);
        if (latest != null) {
            pinned.add(latest);
        }
        for (Regulation r : pinned) {
            if (r.application() != null) {
                r.application().chains().forEach(c -> c.steps().forEach(st -> out.putIfAbsent(st.code(), st)));
            }
        }
        return out;
    }

    private RoundOverviewRow row(
            Standing s,
            Map<String, String> names,
            TitleEntity title,
            Map<String, Step> steps,
            List<StepRequirement.Unmet> unmet,
            Instant waitingSince,
            ReceiptEntity receipt,
            LocalDate today) {
        DossierAtStep at = s.at();
        String step = at.currentStepCode();
        Step stepView = step == null ? null : steps.get(step);
        LocalDate since = step == null || waitingSince == null ? null : LocalDate.ofInstant(waitingSince, ZONE);
        List<String> blocks =
                step == null ? List.of() : unmet.stream().map(this::words).toList();
        RunView.DeadlineView deadline = s.run() == null ? null : s.run().deadline();
        return new RoundOverviewRow(
                at.dossier().id(),
                at.dossier().candidacyId(),
                at.dossier().subjectName(),
                at.dossier().regionCode(),
                names.get(at.dossier().regionCode()),
                at.dossier().state().name(),
                at.dossier().submittedOn(),
                at.runState(),
                step,
                stepView == null ? null : stepView.actionZh(),
                stepView == null || stepView.citation() == null
                        ? null
                        : stepView.citation().article(),
                deadline == null ? null : deadline.due(),
                deadline != null && deadline.overdue(),
                since,
                since == null ? null : ChronoUnit.DAYS.between(since, today),
                blocks,
                title == null ? null : title.documentNumber(),
                receipt == null ? null : receipt.receiptNumber(),
                receipt != null && receipt.documentId() != null);
    }

    private String words(StepRequirement.Unmet unmet) {
        return messages.getMessage(
                unmet.messageKey(), unmet.args().toArray(), unmet.messageKey(), LocaleContextHolder.getLocale());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private record Standing(DossierAtStep at, RunSummary run) {}
}
