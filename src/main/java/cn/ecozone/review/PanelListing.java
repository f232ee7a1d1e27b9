package cn.ecozone.review;

import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.review.PanelManagement.PanelView;
import cn.ecozone.review.internal.PanelEntity;
import cn.ecozone.review.internal.PanelListWorkbook;
import cn.ecozone.review.internal.PanelViews;
import cn.ecozone.review.internal.Panels;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of review panels (issue 14 §6) and its Excel export (§5): the panels of the actor's pool
 * (the province's, or Xilingol's committee office's), of one round or all, filtered by step and state,
 * searched by field, in a whitelisted order, each as its full view (members by alias, covered dossiers,
 * progress) in a constant number of statements per page. A round of another province simply lists
 * nothing.
 */
@Service
@Transactional(readOnly = true)
public class PanelListing {

    /** The most rows an export writes; the sheet 说明 says when the list was longer. */
    static final int EXPORT_LIMIT = 2_000;

    /** The sort keys of the list, each with its entity property. */
    static final Map<String, String> SORTS = Map.of(
            "round", "roundId",
            "step", "stepCode",
            "draw", "drawNo",
            "state", "state",
            "field", "field",
            "drawn", "createdAt");

    private static final Set<String> STATES = Set.of("OPEN", "CLOSED");

    private final Panels panels;
    private final PanelViews views;
    private final RoundManagement rounds;
    private final PanelListWorkbook workbook;
    private final Clock clock;

    PanelListing(Panels panels, PanelViews views, RoundManagement rounds, PanelListWorkbook workbook, Clock clock) {
        this.panels = panels;
        this.views = views;
        this.rounds = rounds;
        this.workbook = workbook;
        this.clock = clock;
    }

    /**
     * One page of the list (at most 100 rows).
     *
     * @throws ApiException 400 naming {@code sort} for a key not in the whitelist, {@code state} for a
     *     state other than OPEN and CLOSED
     */
    public PageResult<PanelView> list(PanelFilter f, int page, int size, Actor actor) {
        Page<PanelEntity> found = find(f, actor, Paging.of(page, size, 100, sort(f.sort())));
        List<PanelView> shown = views.views(found.getContent(), actor);
        return new PageResult<>(shown, found.getNumber(), found.getSize(), found.getTotalElements());
    }

    /**
     * Every panel the list shows with this filter (up to {@value #EXPORT_LIMIT}), in its order, with its
     * round's title, as an .xlsx workbook with its sheet 说明 (same refusals as {@link #list}). The
     * caller sends it through {@code WorkbookExports}, which records it with {@link
     * PanelFilter#exportFilters()} first.
     */
    public void export(PanelFilter f, Actor actor, OutputStream out) throws IOException {
        Page<PanelEntity> found = find(f, actor, Paging.of(0, EXPORT_LIMIT, EXPORT_LIMIT, sort(f.sort())));
        List<PanelView> rows = views.views(found.getContent(), actor);
        Map<Long, String> titles =
                rounds.titles(rows.stream().map(PanelView::roundId).distinct().toList());
        workbook.write(rows, titles, found.getTotalElements(), clock.instant(), actor.displayName(), out);
    }

    private Page<PanelEntity> find(PanelFilter f, Actor actor, Pageable page) {
        String state = blank(f.state()) ? null : f.state().strip();
        if (state != null && !STATES.contains(state)) {
            throw ApiException.invalid("state", "review.input.kind");
        }
        String step = blank(f.stepCode()) ? null : f.stepCode().strip();
        return panels.search(actor.regionPath(), f.roundId(), step, state, Like.containing(f.q()), page);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The whitelisted order, then the latest draw and the id as tie-breaks. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "-drawn");
        return Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
    }
}
