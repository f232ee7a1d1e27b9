package cn.ecozone.dossier;

import cn.ecozone.dossier.internal.RoundEntity;
import cn.ecozone.dossier.internal.RoundListWorkbook;
import cn.ecozone.dossier.internal.Rounds;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of application rounds (issue 14 §6) and its Excel export (§5): the rounds of the actor's
 * province and of the regions above or at the actor's (as {@link RoundManagement} scopes them),
 * searched by title and call document, filtered by programme, opening year and whether open today,
 * in a whitelisted order. Administrators see none.
 */
@Service
@Transactional(readOnly = true)
public class RoundListing {

    /** The most rows an export writes; the sheet 说明 says when the list was longer. */
    static final int EXPORT_LIMIT = 5_000;

    /** The sort keys of the list, each with its entity property. */
    static final Map<String, String> SORTS =
            Map.of("title", "title", "programme", "programme", "opens", "opensOn", "closes", "closesOn");

    private final Rounds rounds;
    private final RoundManagement management;
    private final RoundListWorkbook workbook;
    private final Clock clock;

    RoundListing(Rounds rounds, RoundManagement management, RoundListWorkbook workbook, Clock clock) {
        this.rounds = rounds;
        this.management = management;
        this.workbook = workbook;
        this.clock = clock;
    }

    /**
     * One page of the list (at most 100 rows).
     *
     * @throws ApiException 400 naming {@code sort} for a key not in the whitelist, {@code year} outside
     *     2000–2100
     */
    public PageResult<RoundView> list(RoundFilter f, int page, int size, Actor actor) {
        Pageable asked = Paging.of(page, size, 100, sort(f.sort()));
        if (actor.role().administrator()) {
            return new PageResult<>(List.of(), asked.getPageNumber(), asked.getPageSize(), 0);
        }
        return PageResult.of(find(f, actor, asked), management::view);
    }

    /**
     * Every round the list shows with this filter (up to {@value #EXPORT_LIMIT}), in its order, as an
     * .xlsx workbook with its sheet 说明 (same refusals as {@link #list}). The caller sends it through
     * {@code WorkbookExports}, which records it with {@link RoundFilter#exportFilters()} first.
     */
    public void export(RoundFilter f, Actor actor, OutputStream out) throws IOException {
        Pageable all = Paging.of(0, EXPORT_LIMIT, EXPORT_LIMIT, sort(f.sort()));
        List<RoundView> rows = List.of();
        long total = 0;
        if (!actor.role().administrator()) {
            Page<RoundEntity> found = find(f, actor, all);
            rows = found.getContent().stream().map(management::view).toList();
            total = found.getTotalElements();
        }
        workbook.write(rows, total, clock.instant(), actor.displayName(), out);
    }

    private Page<RoundEntity> find(RoundFilter f, Actor actor, Pageable page) {
        if (f.year() != null && (f.year() < 2000 || f.year() > 2100)) {
            throw ApiException.invalid("year", "error.dossier.list.year");
        }
        // no year: every round (application_round.opens_on is a date within these bounds)
        LocalDate from = f.year() == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(f.year(), 1, 1);
        LocalDate to = f.year() == null ? LocalDate.of(3000, 1, 1) : LocalDate.of(f.year() + 1, 1, 1);
        int open = f.open() == null ? Rounds.ANY : f.open() ? Rounds.OPEN : Rounds.NOT_OPEN;
        List<String> jurisdictions = List.of(actor.regionPath().substring(1).split("/"));
        return rounds.search(
                jurisdictions,
                f.programme(),
                Like.containing(f.q()),
                from,
                to,
                open,
                LocalDate.ofInstant(clock.instant(), RoundManagement.ZONE),
                page);
    }

    /** The whitelisted order, then the latest opening and the id as tie-breaks. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "-opens");
        return Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.desc("opensOn"), Sort.Order.desc("id")));
    }
}
