package cn.ecozone.supervision;

import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.supervision.internal.CheckContent;
import cn.ecozone.supervision.internal.CheckEntity;
import cn.ecozone.supervision.internal.CheckWorkbook;
import cn.ecozone.supervision.internal.SupervisionChecks;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check list (site checks, post-evaluations, reports) with search, filters and order, and its Excel
 * export (issue 14 §5, §6): what the list shows is what the export writes, in the reader's scope.
 */
@Service
@Transactional(readOnly = true)
public class CheckListing {

    /** The most rows one export writes. */
    public static final int EXPORT_LIMIT = 10_000;

    /** The sort keys, each with the entity property it orders by; the default is {@code -opened}. */
    static final Map<String, String> SORTS = Map.of(
            "opened", "openedOn",
            "due", "dueOn",
            "state", "state",
            "kind", "kind",
            "region", "regionCode",
            "subject", "subjectName");

    private static final int NAMED_LIMIT = 500;

    private final SupervisionChecks checks;
    private final RegionManagement regions;
    private final Clock clock;

    CheckListing(SupervisionChecks checks, RegionManagement regions, Clock clock) {
        this.checks = checks;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * A page of the checks in the reader's scope that match the filter, in its order: the page and its
     * count, region names from the cached tree, however many checks.
     *
     * @throws ApiException 400 naming {@code state} or {@code sort} for an unknown value
     */
    public PageResult<CheckSummary> list(CheckFilter filter, int page, int size, Actor actor) {
        return find(filter, actor, Paging.of(page, size, 100, sort(filter.sort())));
    }

    /**
     * Every check the list shows with this filter (up to {@value #EXPORT_LIMIT}) as an .xlsx workbook,
     * written for the controller, which records the export in the audit log through {@code WorkbookExports}.
     */
    public void export(CheckFilter filter, Actor actor, OutputStream out) throws IOException {
        PageResult<CheckSummary> rows = find(filter, actor, PageRequest.of(0, EXPORT_LIMIT, sort(filter.sort())));
        CheckWorkbook.write(rows, filter, clock.instant(), actor.displayName(), out);
    }

    private PageResult<CheckSummary> find(CheckFilter f, Actor actor, PageRequest page) {
        CheckEntity.State state = null;
        if (f.state() != null && !f.state().isBlank()) {
            try {
                state = CheckEntity.State.valueOf(f.state().strip());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("state", "error.parameter.type", "state", f.state());
            }
        }
        String region = f.regionCode() == null || f.regionCode().isBlank()
                ? "%"
                : regions.require(f.regionCode().strip()).path() + "%";
        String text =
                f.query() == null || f.query().isBlank() ? null : f.query().strip();
        List<String> named =
                text == null ? List.of() : regions.codesNamed(actor.scope().pathPrefix(), text, NAMED_LIMIT);
        Page<CheckEntity> found = checks.filtered(
                actor.scope().pathPattern(),
                region,
                f.kind(),
                state,
                f.programme(),
                f.year() == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(f.year(), 1, 1),
                f.year() == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(f.year(), 12, 31),
                Like.containing(text),
                // never an empty IN list: no region code is "-"
                named.isEmpty() ? List.of("-") : named,
                page);
        Map<String, String> names = regions.names(
                found.getContent().stream().map(CheckEntity::regionCode).collect(Collectors.toSet()));
        return PageResult.of(found, c -> CheckContent.summary(c, names.get(c.regionCode())));
    }

    /** The whitelisted order, then the latest opened and the newest id. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "-opened");
        return Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.desc("openedOn"), Sort.Order.desc("id")));
    }
}
