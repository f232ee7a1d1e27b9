package cn.ecozone.review.internal;

import cn.ecozone.dossier.DossierForReview;
import cn.ecozone.dossier.DossierSummary;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.review.PanelManagement.ConflictView;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The conflicts of a panel's dossiers: automatic detection (Xilingol art. 11 recusal; the look-back from
 * the regulation data), the province's reading and its pin. After the panel closed, detection is
 * refused: nothing of a closed board's conflicts changes.
 */
@Component
public class PanelConflicts {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PanelAccess access;
    private final PanelRows rows;
    private final Experts experts;
    private final Recusal recusal;
    private final PanelResults results;
    private final DossierForReview lines;
    private final RegionManagement regions;
    private final Clock clock;

    PanelConflicts(
            PanelAccess access,
            PanelRows rows,
            Experts experts,
            Recusal recusal,
            PanelResults results,
            DossierForReview lines,
            RegionManagement regions,
            Clock clock) {
        this.access = access;
        this.rows = rows;
        this.experts = experts;
        this.recusal = recusal;
        this.results = results;
        this.lines = lines;
        this.regions = regions;
        this.clock = clock;
    }

    /** Runs the automatic rules for the dossiers against the experts; returns every conflict on record for them. */
    public List<PanelRows.Conflict> detect(
            Collection<DossierSummary> cases, List<ExpertEntity> pool, ApplicationRules.Review review, Actor actor) {
        int lookBack = review.recusal() == null ? 3 : review.recusal().lookBackYears();
        List<Recusal.Case> rules = cases.stream()
                .map(d -> new Recusal.Case(
                        d.id(),
                        new ConflictRules.Applicant(
                                d.regionCode(), regions.require(d.regionCode()).path())))
                .toList();
        return recusal.detect(
                rules, pool, lookBack, LocalDate.ofInstant(clock.instant(), ZONE), actor.username(), clock.instant());
    }

    /** The covered dossiers, as the rules read them. */
    public Collection<DossierSummary> cases(PanelEntity panel) {
        return lines.summaries(access.coveredIds(panel)).values();
    }

    /**
     * Re-runs detection for an open panel's dossiers; declared and pinned conflicts stay. Refused once the
     * panel is closed (409): its board keeps the conflicts it closed with.
     */
    public List<ConflictView> detect(long panelId, Actor actor) {
        PanelEntity panel = access.locked(panelId, actor);
        panel.requireOpen();
        List<ExpertEntity> pool = experts.pool(panel.poolRegionPath());
        return views(detect(cases(panel), pool, results.review(panel), actor), pool);
    }

    /**
     * The conflicts of a covered dossier: those holding now on an open panel, those held at the close on
     * a closed one.
     */
    public List<ConflictView> of(long panelId, long dossierId, Actor actor) {
        PanelEntity panel = access.visible(panelId, actor);
        access.covered(panel, dossierId);
        Instant at = panel.closed() ? panel.closedAt() : null;
        return views(
                rows.conflicts(List.of(dossierId)).stream()
                        .filter(c -> c.heldAt(at))
                        .toList(),
                experts.pool(panel.poolRegionPath()));
    }

    /** Pins an automatic conflict: the province confirms it, and detection no longer clears it. */
    public List<ConflictView> pin(long panelId, long dossierId, long conflictId, Actor actor) {
        PanelEntity panel = access.visible(panelId, actor);
        access.covered(panel, dossierId);
        if (!rows.pin(conflictId, dossierId)) {
            throw ApiException.conflict("review.conflict.not-pinnable");
        }
        return of(panelId, dossierId, actor);
    }

    /** The types and dossiers of the expert's conflicts, for the skipped list. */
    public static String words(long expertId, List<PanelRows.Conflict> conflicts) {
        return conflicts.stream()
                .filter(c -> c.expertId() == expertId)
                .map(c -> c.type() + "#" + c.dossierId())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static List<ConflictView> views(List<PanelRows.Conflict> conflicts, List<ExpertEntity> pool) {
        Map<Long, String> names = pool.stream().collect(Collectors.toMap(ExpertEntity::id, ExpertEntity::name));
        return conflicts.stream()
                .filter(c -> names.containsKey(c.expertId()))
                .map(c -> new ConflictView(
                        c.id(), c.expertId(), names.get(c.expertId()), c.dossierId(), c.type(), c.source(), c.detail()))
                .toList();
    }
}
