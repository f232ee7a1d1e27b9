package cn.ecozone.workplan;

import cn.ecozone.regulation.Programme;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An annual work plan as the UI shows it, with what this actor may do (the UI never guesses).
 *
 * @param receiverBody the body of the rules that receives the filing (e.g. {@code COMMITTEE_OFFICE}), or
 *     null when the rules name none: filing then keeps the plan on record
 * @param article the article the filing or the duty comes from, or null
 * @param fundTotal the sum of the fund lines, in 万元
 */
public record WorkPlanView(
        long id,
        String regionCode,
        String regionName,
        Programme programme,
        int year,
        Long planId,
        String planTitle,
        String regulationCode,
        int regulationVersion,
        String receiverBody,
        String receiverRole,
        String receiverRegionCode,
        String receiverRegionName,
        String article,
        String title,
        String summary,
        List<WorkPlanRows.Task> tasks,
        List<WorkPlanRows.Project> projects,
        List<WorkPlanRows.Fund> funds,
        BigDecimal fundTotal,
        Long documentId,
        String documentName,
        WorkPlanState state,
        String returnReason,
        Instant filedAt,
        Instant receivedAt,
        Instant updatedAt,
        long version,
        boolean mayEdit,
        boolean mayFile,
        boolean mayWithdraw,
        boolean mayReturn,
        boolean mayAcknowledge,
        List<Entry> timeline) {

    /** One step taken: who, when, and the reason of a return. */
    public record Entry(String action, String actorName, String actorRole, Instant at, String reason) {}
}
