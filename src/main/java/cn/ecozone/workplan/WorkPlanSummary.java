package cn.ecozone.workplan;

import cn.ecozone.regulation.Programme;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An annual work plan as the list shows it: year, subject, programme, title, receiver and state. The
 * content (tasks, projects, funds), the document and the run come with {@link WorkPlanView}.
 *
 * @param receiverBody as in {@link WorkPlanView}: null when the rules name no receiver
 */
public record WorkPlanSummary(
        long id,
        String regionCode,
        String regionName,
        Programme programme,
        int year,
        String title,
        @Nullable String receiverBody,
        @Nullable String receiverRole,
        @Nullable String receiverRegionCode,
        @Nullable String receiverRegionName,
        WorkPlanState state,
        Instant updatedAt,
        long version) {}
