package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.InboxFilter;
import cn.ecozone.procedure.InboxItem;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * Reads a page of the inbox (issue 14 §6): the open tasks for an actor (its role in its region,
 * narrowed to its organization or itself where the task names one) of open runs in its data scope,
 * meeting every given condition, in a whitelisted order. Each condition is a constant JPQL fragment
 * with bound parameters, so nothing the client sends reaches the query text. One statement for the
 * page and one for the count (none when the page shows where the list ends), however many runs.
 */
@Component
public class InboxRows {

    /** The inbox's sort keys (issue 14 §6), each with its constant expression; the default is {@code due}. */
    public static final Map<String, String> SORTS = Map.of(
            // tasks without a period come last in either direction
            "due", "case when t.dueDate is null then 1 else 0 end, t.dueDate",
            "opened", "t.openedAt",
            "title", "r.subjectTitle",
            "region", "r.subjectRegionCode",
            "kind", "t.stepKind",
            "type", "r.subjectType");

    /** After the asked order: the earliest opened, then the task's id. */
    private static final String TIE_BREAK = "t.openedAt, t.id";

    private static final String SELECT = "select new cn.ecozone.procedure.InboxItem(r.id, t.id, r.subjectType,"
            + " r.subjectId, r.subjectTitle, r.subjectRegionCode, r.subjectLink, t.stepCode, t.stepKind,"
            + " t.openedAt, t.dueDate, case when t.dueDate < :today then true else false end)";
    private static final String FROM = " from TaskEntity t, RunEntity r where r.id = t.runId"
            + " and t.state = cn.ecozone.procedure.internal.TaskEntity.State.OPEN"
            + " and r.state = cn.ecozone.procedure.internal.RunEntity.State.OPEN"
            + " and t.assigneeRole = :role and t.assigneeRegionCode = :regionCode"
            + " and (t.assigneeOrganizationId is null or t.assigneeOrganizationId = :organizationId)"
            + " and (t.assigneeUserId is null or t.assigneeUserId = :userId)"
            + " and r.subjectRegionPath like :scope";
    private static final String OF_TYPE = " and r.subjectType = :subjectType";
    private static final String OF_KIND = " and t.stepKind = :stepKind";
    // a run's definition code starts with its regulation's code and a slash (IM-ECOCIV-2022/plan/COUNTY)
    private static final String UNDER_REGULATIONS =
            " and substring(r.definitionCode, 1, locate('/', r.definitionCode)) in :regulations";
    private static final String IN_REGION = " and r.subjectRegionPath like :region";
    private static final String OVERDUE = " and t.dueDate < :today";
    private static final String SOON = " and t.dueDate >= :today and t.dueDate <= :soon";
    private static final String NO_PERIOD = " and t.dueDate is null";
    private static final String TITLED = " and lower(r.subjectTitle) like :text escape '\\'";
    private static final String TITLED_OR_NAMED =
            " and (lower(r.subjectTitle) like :text escape '\\' or r.subjectRegionCode in :named)";

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The page of the inbox meeting {@code c}, in {@code sort}'s order then by opening and id.
     * Precondition: {@code page}'s offset fits an int ({@code shared.Paging}).
     */
    public Page<InboxItem> matching(Conditions c, ListSort sort, Pageable page) {
        StringBuilder where = new StringBuilder(FROM);
        Map<String, Object> values = new HashMap<>();
        values.put("role", c.role());
        values.put("regionCode", c.regionCode());
        values.put("organizationId", c.organizationId());
        values.put("userId", c.userId());
        values.put("scope", c.scopePattern());
        values.put("today", c.today());
        if (c.subjectType() != null) {
            where.append(OF_TYPE);
            values.put("subjectType", c.subjectType());
        }
        if (c.stepKind() != null) {
            where.append(OF_KIND);
            values.put("stepKind", c.stepKind());
        }
        if (c.regulationPrefixes() != null) {
            where.append(UNDER_REGULATIONS);
            // no regulation of the programme: a prefix no code has, so the list is empty
            values.put("regulations", c.regulationPrefixes().isEmpty() ? List.of("/") : c.regulationPrefixes());
        }
        if (c.regionPattern() != null) {
            where.append(IN_REGION);
            values.put("region", c.regionPattern());
        }
        if (c.due() != null) {
            switch (c.due()) {
                case OVERDUE -> where.append(OVERDUE);
                case SOON -> {
                    where.append(SOON);
                    values.put("soon", c.today().plusDays(InboxFilter.SOON_DAYS));
                }
                case NONE -> where.append(NO_PERIOD);
            }
        }
        if (c.textPattern() != null) {
            where.append(c.named().isEmpty() ? TITLED : TITLED_OR_NAMED);
            values.put("text", c.textPattern());
            values.put("named", c.named());
        }
        String conditions = where.toString();
        var query = entityManager.createQuery(SELECT + conditions + sort.orderBy(TIE_BREAK), InboxItem.class);
        bind(query, values);
        List<InboxItem> rows = query.setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();
        return PageableExecutionUtils.getPage(rows, page, () -> {
            Query count = entityManager.createQuery("select count(t)" + conditions, Long.class);
            bind(count, values);
            return (Long) count.getSingleResult();
        });
    }

    /** Binds the values the query names (the count names no {@code today} unless a condition does). */
    private static void bind(Query query, Map<String, Object> values) {
        for (var parameter : query.getParameters()) {
            query.setParameter(parameter.getName(), values.get(parameter.getName()));
        }
    }

    /**
     * The inbox's conditions.
     *
     * @param scopePattern the actor's data scope as a path pattern
     * @param subjectType only runs of this subject type, or null
     * @param stepKind only tasks of this step kind's name, or null
     * @param regulationPrefixes only runs under these regulations (each code with a trailing {@code /});
     *     null for any, empty for none
     * @param regionPattern only subjects whose region path matches it, or null
     * @param due the deadline band, or null
     * @param textPattern the lower-cased LIKE pattern for the title (escape {@code \}), or null
     * @param named the codes of the regions whose name contains the search text (with {@code textPattern})
     */
    public record Conditions(
            Role role,
            String regionCode,
            long organizationId,
            long userId,
            String scopePattern,
            LocalDate today,
            String subjectType,
            String stepKind,
            Collection<String> regulationPrefixes,
            String regionPattern,
            InboxFilter.Due due,
            String textPattern,
            List<String> named) {}
}
