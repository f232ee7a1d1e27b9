package cn.ecozone.reward.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RewardChanges extends JpaRepository<RewardChangeEntity, Long> {

    /** The history of reward {@code rewardId}, oldest first. */
    @Query("select c from RewardChangeEntity c where c.rewardId = :reward order by c.changedAt, c.id")
    List<RewardChangeEntity> of(@Param("reward") long rewardId);

    /** The histories of several rewards in one statement, each oldest first. */
    @Query("select c from RewardChangeEntity c where c.rewardId in :rewards order by c.rewardId, c.changedAt, c.id")
    List<RewardChangeEntity> ofAll(@Param("rewards") Collection<Long> rewardIds);
}
