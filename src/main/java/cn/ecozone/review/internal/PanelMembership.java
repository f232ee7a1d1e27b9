package cn.ecozone.review.internal;

import cn.ecozone.review.ReviewFacts;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Seats of an open panel after its draw: an expert added by name with a reason, and the replacement of a
 * member who did not show or must leave (the first alternate is promoted; with none left, one expert is
 * drawn among the eligible with a recorded seed). A no-show goes on the expert's integrity record
 * (seed 003 §20 专家诚信档案).
 */
@Component
public class PanelMembership {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PanelAccess access;
    private final PanelRows rows;
    private final SeatRows seats;
    private final ExpertRows relations;
    private final Experts experts;
    private final PanelConflicts conflicts;
    private final PanelResults results;
    private final Clock clock;

    PanelMembership(
            PanelAccess access,
            PanelRows rows,
            SeatRows seats,
            ExpertRows relations,
            Experts experts,
            PanelConflicts conflicts,
            PanelResults results,
            Clock clock) {
        this.access = access;
        this.rows = rows;
        this.seats = seats;
        this.relations = relations;
        this.experts = experts;
        this.conflicts = conflicts;
        this.results = results;
        this.clock = clock;
    }

    /** Adds a pool expert by name with a reason, as a scoring member; refused when conflicted or removed. */
    public PanelEntity add(long panelId, Long expertId, String reason, Actor actor) {
        if (expertId == null) {
            throw ApiException.invalid("expertId", "review.input.required");
        }
        String why = reason(reason);
        PanelEntity panel = access.locked(panelId, actor);
        panel.requireOpen();
        ExpertEntity e = experts.findById(expertId)
                .filter(x -> x.poolRegionPath().equals(panel.poolRegionPath()))
                .orElseThrow(ReviewFacts.ExpertNotFound::new);
        if (e.removed()) {
            throw new ReviewFacts.ExpertRemoved();
        }
        List<PanelRows.Member> members = rows.members(panel.id());
        if (members.stream().anyMatch(m -> m.expertId() == e.id())) {
            throw new ReviewFacts.AlreadyOnPanel();
        }
        if (conflicts.detect(conflicts.cases(panel), List.of(e), results.review(panel), actor).stream()
                .anyMatch(c -> c.expertId() == e.id())) {
            throw new ReviewFacts.ExpertConflicted(e.name());
        }
        rows.addMember(panel.id(), e.id(), "MEMBER", "ADDED", why, nextOrder(members));
        return panel;
    }

    /**
     * Replaces a scoring member who did not show ({@code NO_SHOW}) or must leave ({@code LEFT}), with the
     * reason: the seat becomes REMOVED (its sheets never count), a no-show is written to the expert's
     * integrity record, and the first alternate takes a scoring seat under its own alias; with no
     * alternate left, one expert is drawn among the eligible (in the pool, not removed, of the panel's
     * field, not on the panel, without a conflict with a covered dossier) with a fresh recorded seed.
     * Refused (409) once the member submitted a sheet or the panel closed, and (422) when nobody is
     * eligible; nothing changes then. Precondition: none; the panel's row lock orders two at once.
     */
    public PanelEntity replace(long panelId, long expertId, String kind, String reason, Actor actor) {
        if (!"NO_SHOW".equals(kind) && !"LEFT".equals(kind)) {
            throw ApiException.invalid("kind", "review.input.kind");
        }
        String why = reason(reason);
        PanelEntity panel = access.locked(panelId, actor);
        panel.requireOpen();
        List<PanelRows.Member> members = rows.members(panel.id());
        PanelRows.Member leaving = members.stream()
                .filter(m -> m.expertId() == expertId && "MEMBER".equals(m.seat()))
                .findFirst()
                .orElseThrow(ReviewFacts.NotAMember::new);
        if (rows.sheets(panel.id()).stream().anyMatch(s -> s.expertId() == expertId && s.submitted())) {
            throw new ReviewFacts.MemberSubmitted(leaving.alias());
        }
        var now = clock.instant();
        if (!seats.remove(panel.id(), expertId, kind, why, actor.username(), now)) {
            throw new ReviewFacts.NotAMember();
        }
        if ("NO_SHOW".equals(kind)) {
            relations.addIntegrity(
                    expertId,
                    "NO_SHOW",
                    LocalDate.ofInstant(now, ZONE),
                    "评审组 " + panel.id() + "（" + panel.stepCode() + "）" + leaving.alias() + "：" + why,
                    actor.username(),
                    now);
        }
        String seatReason = leaving.alias() + "：" + why;
        PanelRows.Member alternate = members.stream()
                .filter(m -> "ALTERNATE".equals(m.seat()))
                .min(Comparator.comparingInt(PanelRows.Member::order))
                .orElse(null);
        if (alternate != null) {
            seats.promote(panel.id(), alternate.expertId(), seatReason);
            seats.record(
                    panel.id(),
                    new SeatRows.Replacement(
                            expertId, kind, why, alternate.expertId(), "PROMOTED", null, null, actor.username(), now),
                    null);
            return panel;
        }
        List<Long> eligible = eligible(panel, members, actor);
        if (eligible.isEmpty()) {
            throw new ReviewFacts.TooFewEligible(0, 1);
        }
        PanelDraw.Draw draw = PanelDraw.draw(PanelDrawing.seed(), PanelDraw.ALGORITHM, eligible, 1, 0);
        long drawn = draw.members().getFirst();
        rows.addMember(panel.id(), drawn, "MEMBER", "REDRAWN", seatReason, nextOrder(members));
        seats.record(
                panel.id(),
                new SeatRows.Replacement(
                        expertId, kind, why, drawn, "REDRAWN", draw.seed(), draw.algorithm(), actor.username(), now),
                String.join(",", eligible.stream().map(String::valueOf).toList()));
        return panel;
    }

    /** The pool experts who may take a seat: ascending ids, as {@link PanelDraw} requires. */
    private List<Long> eligible(PanelEntity panel, List<PanelRows.Member> members, Actor actor) {
        Set<Long> seated = members.stream().map(PanelRows.Member::expertId).collect(Collectors.toSet());
        List<ExpertEntity> pool = experts.pool(panel.poolRegionPath()).stream()
                .filter(e -> !e.removed() && !seated.contains(e.id()))
                .filter(e -> panel.field() == null || e.fields().contains(panel.field()))
                .toList();
        Set<Long> conflicted = conflicts.detect(conflicts.cases(panel), pool, results.review(panel), actor).stream()
                .map(PanelRows.Conflict::expertId)
                .collect(Collectors.toSet());
        return pool.stream()
                .map(ExpertEntity::id)
                .filter(id -> !conflicted.contains(id))
                .sorted()
                .toList();
    }

    private static int nextOrder(List<PanelRows.Member> members) {
        return members.stream().mapToInt(PanelRows.Member::order).max().orElse(-1) + 1;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("reason", "review.input.required");
        }
        if (reason.length() > 500) {
            throw ApiException.invalid("reason", "review.input.too-long", 500);
        }
        return reason.strip();
    }
}
