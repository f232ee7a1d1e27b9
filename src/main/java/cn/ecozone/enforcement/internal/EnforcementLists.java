package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.EnforcementFacts;
import cn.ecozone.enforcement.ProposalFilter;
import cn.ecozone.enforcement.ProposalSummary;
import cn.ecozone.enforcement.RectificationFilter;
import cn.ecozone.enforcement.RectificationSummary;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The proposal and rectification lists with search, filters and order (issue 14 §6), in the reader's
 * scope: the page and its count (two statements), the regions' names from the cached tree, however
 * many rows. The export reads the same conditions.
 */
@Component
public class EnforcementLists {

    /** The rectification list's sort keys, each with the entity property it orders by; default {@code -created}. */
    static final Map<String, String> RECTIFICATION_SORTS = Map.of(
            "created", "createdAt",
            "ordered", "period.orderedOn",
            "due", "period.dueOn",
            "state", "state",
            "stage", "stage",
            "region", "regionCode",
            "subject", "subjectName");

    /** The proposal list's sort keys; default {@code -opened}. */
    static final Map<String, String> PROPOSAL_SORTS = Map.of(
            "opened", "openedAt",
            "state", "state",
            "sanction", "sanctionCode",
            "region", "regionCode",
            "subject", "subjectName");

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final int NAMED_LIMIT = 500;
    private static final int QUERY_MAX = 100;

    private final Rectifications rectifications;
    private final Proposals proposals;
    private final RegionManagement regions;

    EnforcementLists(Rectifications rectifications, Proposals proposals, RegionManagement regions) {
        this.rectifications = rectifications;
        this.proposals = proposals;
        this.regions = regions;
    }

    /** The search text, region and year as the queries bind them. */
    private record Conditions(String text, List<String> named, String region, LocalDate from, LocalDate to) {}

    /**
     * The rectifications in the actor's scope that match {@code f}, on {@code page} (its sort is replaced
     * by the filter's order).
     *
     * @throws ApiException 400 naming {@code sort} for an unknown key, 404 for a region outside the scope
     */
    public PageResult<RectificationSummary> rectifications(RectificationFilter f, Pageable page, Actor actor) {
        Conditions c = conditions(f.query(), f.regionCode(), f.year(), actor);
        String prefix = actor.scope().pathPrefix();
        Page<RectificationEntity> found = rectifications.filtered(
                prefix,
                prefix.length(),
                f.state(),
                c.region(),
                c.region() == null ? 0 : c.region().length(),
                f.programme() == null ? null : f.programme().name(),
                c.from(),
                c.to(),
                c.text(),
                c.named(),
                sorted(page, ListSort.parse(f.sort(), RECTIFICATION_SORTS, "-created"), "createdAt"));
        Map<String, String> names = regions.names(
                found.getContent().stream().map(RectificationEntity::regionCode).collect(Collectors.toSet()));
        return PageResult.of(found, r -> EnforcementViews.summary(r, names));
    }

    /**
     * The proposals in the actor's scope that match {@code f}, on {@code page} (its sort is replaced by
     * the filter's order).
     *
     * @throws ApiException 400 naming {@code sort} for an unknown key, 404 for a region outside the scope
     */
    public PageResult<ProposalSummary> proposals(ProposalFilter f, Pageable page, Actor actor) {
        Conditions c = conditions(f.search(), f.regionCode(), f.year(), actor);
        String prefix = actor.scope().pathPrefix();
        String code = f.code() == null || f.code().isBlank() ? null : f.code().strip();
        Page<ProposalEntity> found = proposals.filtered(
                prefix,
                prefix.length(),
                f.state(),
                code,
                c.region(),
                c.region() == null ? 0 : c.region().length(),
                f.programme() == null ? null : f.programme().name(),
                c.from().atStartOfDay(BEIJING).toInstant(),
                c.to().plusDays(1).atStartOfDay(BEIJING).toInstant(),
                c.text(),
                c.named(),
                sorted(page, ListSort.parse(f.sort(), PROPOSAL_SORTS, "-opened"), "openedAt"));
        Map<String, String> names = regions.names(
                found.getContent().stream().map(ProposalEntity::regionCode).collect(Collectors.toSet()));
        return PageResult.of(found, p -> EnforcementViews.summary(p, names));
    }

    private Conditions conditions(String query, String regionCode, Integer year, Actor actor) {
        String region = null;
        if (regionCode != null && !regionCode.isBlank()) {
            region = regions.require(regionCode.strip()).path();
            if (!actor.scope().includes(region)) {
                throw ApiException.notFound("error.region.not-found", regionCode);
            }
        }
        String text = query == null || query.isBlank() ? null : query.strip();
        if (text != null && text.length() > QUERY_MAX) {
            throw new EnforcementFacts.TooLong("q", QUERY_MAX);
        }
        List<String> named =
                text == null ? List.of() : regions.codesNamed(actor.scope().pathPrefix(), text, NAMED_LIMIT);
        return new Conditions(
                text == null ? null : Like.containing(text).toLowerCase(Locale.ROOT),
                // never an empty IN list: no region code is "-"
                named.isEmpty() ? List.of("-") : named,
                region,
                year == null ? EARLIEST : LocalDate.of(year, 1, 1),
                year == null ? LATEST : LocalDate.of(year, 12, 31));
    }

    /** {@code page} in the whitelisted order, then {@code tieBreak} and the id, newest first. */
    private static Pageable sorted(Pageable page, ListSort s, String tieBreak) {
        Sort order = Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.desc(tieBreak), Sort.Order.desc("id")));
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), order);
    }
}
