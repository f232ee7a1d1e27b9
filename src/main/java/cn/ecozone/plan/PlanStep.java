package cn.ecozone.plan;

import cn.ecozone.calendar.Counting;
import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * One step of a plan's path, as the regulation gives it.
 *
 * @param code unique within the path, e.g. {@code LEAGUE_EXAMINATION}
 * @param nameZh e.g. 盟市生态环境局审核
 * @param role the role that acts
 * @param at whose region the actor sits in
 * @param workingDays a deadline in working days from the previous step's date, or null
 * @param counting how those days are counted, or null without a deadline
 * @param article the article the step comes from, e.g. 第五条
 */
public record PlanStep(
        String code,
        String nameZh,
        StepType type,
        Role role,
        ActorLevel at,
        @Nullable Integer workingDays,
        @Nullable Counting counting,
        @Nullable String article) {}
