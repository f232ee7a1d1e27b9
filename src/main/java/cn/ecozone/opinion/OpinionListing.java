package cn.ecozone.opinion;

import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.opinion.internal.OpinionAccess;
import cn.ecozone.opinion.internal.OpinionEntity;
import cn.ecozone.opinion.internal.OpinionListWorkbook;
import cn.ecozone.opinion.internal.Opinions;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of opinions (issue 14 §6) and its Excel export (§5): the opinions in the actor's data
 * scope, of one round or of all, filtered by state and step, searched by title and document number,
 * in a whitelisted order, each with the number of dossiers it covers (one statement per page).
 * Administrators and roles that read no opinion see none.
 */
@Service
@Transactional(readOnly = true)
public class OpinionListing {

    /** The most rows an export writes; the sheet 说明 says when the list was longer. */
    static final int EXPORT_LIMIT = 5_000;

    /** The sort keys of the list, each with its entity property. */
    static final Map<String, String> SORTS = Map.of(
            "title", "title",
            "step", "stepCode",
            "number", "documentNumber",
            "state", "state",
            "issued", "issuedAt",
            "updated", "updatedAt");

    private final Opinions opinions;
    private final RoundManagement rounds;
    private final OpinionListWorkbook workbook;
    private final Clock clock;

    OpinionListing(Opinions opinions, RoundManagement rounds, OpinionListWorkbook workbook, Clock clock) {
        this.opinions = opinions;
        this.rounds = rounds;
        this.workbook = workbook;
        this.clock = clock;
    }

    /**
     * One page of the list (at most 100 rows).
     *
     * @throws ApiException 400 naming {@code sort} for a key not in the whitelist
     */
    public PageResult<OpinionSummary> list(OpinionFilter f, int page, int size, Actor actor) {
        PageRequest asked = Paging.of(page, size, 100, sort(f.sort()));
        if (!OpinionAccess.READERS.contains(actor.role())) {
            return new PageResult<>(List.of(), asked.getPageNumber(), asked.getPageSize(), 0);
        }
        Page<OpinionEntity> found = find(f, actor, asked);
        Map<Long, Integer> counts = counts(found.getContent());
        return PageResult.of(found, o -> summary(o, counts));
    }

    /**
     * Every opinion the list shows with this filter (up to {@value #EXPORT_LIMIT}), in its order, with
     * its round's title, as an .xlsx workbook with its sheet 说明 (same refusals as {@link #list}). The
     * caller sends it through {@code WorkbookExports}, which records it with {@link
     * OpinionFilter#exportFilters()} first.
     */
    public void export(OpinionFilter f, Actor actor, OutputStream out) throws IOException {
        Pageable all = Paging.of(0, EXPORT_LIMIT, EXPORT_LIMIT, sort(f.sort()));
        List<OpinionSummary> rows = List.of();
        long total = 0;
        Map<Long, String> roundTitles = Map.of();
        if (OpinionAccess.READERS.contains(actor.role())) {
            Page<OpinionEntity> found = find(f, actor, all);
            Map<Long, Integer> counts = counts(found.getContent());
            rows = found.getContent().stream().map(o -> summary(o, counts)).toList();
            total = found.getTotalElements();
            roundTitles = rounds.titles(
                    rows.stream().map(OpinionSummary::roundId).distinct().toList());
        }
        workbook.write(rows, roundTitles, total, clock.instant(), actor.displayName(), out);
    }

    private Page<OpinionEntity> find(OpinionFilter f, Actor actor, Pageable page) {
        String step = f.stepCode() == null || f.stepCode().isBlank()
                ? null
                : f.stepCode().strip();
        return opinions.search(actor.scope().pathPattern(), f.roundId(), f.state(), step, Like.containing(f.q()), page);
    }

    /** How many dossiers each opinion covers: one statement for a page. */
    private Map<Long, Integer> counts(List<OpinionEntity> page) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!page.isEmpty()) {
            for (Object[] row :
                    opinions.coveredCounts(page.stream().map(OpinionEntity::id).toList())) {
                counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
            }
        }
        return counts;
    }

    private static OpinionSummary summary(OpinionEntity o, Map<Long, Integer> counts) {
        return new OpinionSummary(
                o.id(),
                o.roundId(),
                o.stepCode(),
                o.scopeCode(),
                o.sequence(),
                o.title(),
                o.documentNumber(),
                o.state(),
                counts.getOrDefault(o.id(), 0),
                o.issuedAt(),
                o.updatedAt(),
                o.version());
    }

    /** The whitelisted order, then the latest change and the id as tie-breaks. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "-updated");
        return Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
    }
}
