package cn.ecozone.reward;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A title's rewards with the rule that grants them.
 *
 * @param dutyArticle the article of the regulation's {@code REWARD} duty, or null when the title's
 *     regulation names none
 * @param dutyBody who rewards per the regulation (a {@code Body} name), or null
 * @param dutyTextZh the duty as the regulation data words it, or null
 * @param canRecord whether the asking user may record a reward
 */
public record TitleRewards(
        long titleId,
        String subjectName,
        String regionCode,
        @Nullable String dutyArticle,
        @Nullable String dutyBody,
        @Nullable String dutyTextZh,
        boolean canRecord,
        List<RewardView> rewards) {}
