package cn.ecozone.workplan;

import cn.ecozone.procedure.RunView;
import cn.ecozone.regulation.Programme;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An annual work plan as the UI shows it, with its filing's run: what this actor may do now ({@code
 * procedure.allowedActions}, the UI never guesses) and the timeline.
 *
 * @param receiverBody the body of the rules that receives the filing (e.g. {@code COMMITTEE_OFFICE}), or
 *     null when the rules name none: filing then keeps the plan on record
 * @param article the article the filing or the duty comes from, or null
 * @param fundTotal the sum of the fund lines, in 万元
 * @param returnReason the reason of the receiver's return while the plan is returned, else null
 * @param filedAt when the subject last filed it, while filed or received
 * @param procedure the filing's run as this actor sees it; null in lists and for a plan created before
 *     V36 until the subject's next write
 */
public record WorkPlanView(
        long id,
        String regionCode,
        String regionName,
        Programme programme,
        int year,
        @Nullable Long planId,
        @Nullable String planTitle,
        String regulationCode,
        int regulationVersion,
        @Nullable String receiverBody,
        @Nullable String receiverRole,
        @Nullable String receiverRegionCode,
        @Nullable String receiverRegionName,
        @Nullable String article,
        String title,
        @Nullable String summary,
        List<WorkPlanRows.Task> tasks,
        List<WorkPlanRows.Project> projects,
        List<WorkPlanRows.Fund> funds,
        BigDecimal fundTotal,
        @Nullable Long documentId,
        @Nullable String documentName,
        WorkPlanState state,
        @Nullable String returnReason,
        @Nullable Instant filedAt,
        @Nullable Instant receivedAt,
        Instant updatedAt,
        long version,
        @Nullable RunView procedure) {}
