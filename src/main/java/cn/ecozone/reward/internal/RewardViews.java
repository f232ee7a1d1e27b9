package cn.ecozone.reward.internal;

import cn.ecozone.region.RegionManagement;
import cn.ecozone.reward.RewardFilter;
import cn.ecozone.reward.RewardView;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The reading side of rewards (split from {@code RewardManagement}): the scoped search, the regions'
 * names of a page in one statement, a reward's history and its view.
 */
@Component
public class RewardViews {

    private final Rewards rewards;
    private final RewardChanges changes;
    private final RegionManagement regions;

    RewardViews(Rewards rewards, RewardChanges changes, RegionManagement regions) {
        this.rewards = rewards;
        this.changes = changes;
        this.regions = regions;
    }

    /** One page of the rewards in the actor's scope matching the filter ({@code null}: all). */
    public Page<RewardEntity> search(RewardFilter f, PageRequest page, Actor actor) {
        RewardFilter filter = f == null ? new RewardFilter(null, null, null, null) : f;
        String region = "%";
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            region = regions.require(filter.regionCode().strip()).path() + "%";
        }
        LocalDate from = filter.year() == null ? LocalDate.of(1949, 1, 1) : LocalDate.of(filter.year(), 1, 1);
        LocalDate to = filter.year() == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(filter.year(), 12, 31);
        return rewards.search(
                actor.scope().pathPattern(),
                region,
                from,
                to,
                filter.programme(),
                Like.containing(filter.query()),
                page);
    }

    /** The names of the rewards' regions, in one statement. */
    public Map<String, String> names(List<RewardEntity> found) {
        return regions.names(found.stream().map(RewardEntity::regionCode).collect(Collectors.toSet()));
    }

    /** A reward's corrections, oldest first. */
    public List<RewardView.Change> history(long id) {
        return changes.of(id).stream().map(RewardViews::change).toList();
    }

    /** The corrections of several rewards, each oldest first, in one statement. */
    public Map<Long, List<RewardView.Change>> histories(List<RewardEntity> found) {
        return changes.ofAll(found.stream().map(RewardEntity::id).toList()).stream()
                .collect(Collectors.groupingBy(
                        RewardChangeEntity::rewardId, Collectors.mapping(RewardViews::change, Collectors.toList())));
    }

    private static RewardView.Change change(RewardChangeEntity c) {
        return new RewardView.Change(c.field(), c.oldValue(), c.newValue(), c.changedBy(), c.changedAt(), c.reason());
    }

    /** Whether the actor records and corrects rewards. */
    public static boolean mayWrite(Actor actor) {
        // the province's department rewards (IM eco-civ art. 20; GZ art. 20: PROVINCE_DEPARTMENT)
        return actor != null && actor.role() == Role.PROVINCE_STAFF;
    }

    /** The view of a reward ({@code actor} null: nobody may write). */
    public static RewardView view(
            RewardEntity r, String regionName, Actor actor, String documentName, List<RewardView.Change> history) {
        return new RewardView(
                r.id(),
                r.titleId(),
                r.candidacyId(),
                r.regionCode(),
                regionName,
                r.subjectName(),
                r.programme(),
                r.amount(),
                r.awardedOn(),
                r.documentNumber(),
                r.issuingBody(),
                r.documentId(),
                documentName,
                r.note(),
                r.createdBy(),
                r.createdAt(),
                r.updatedAt(),
                r.version(),
                mayWrite(actor),
                history);
    }
}
