package cn.ecozone.indicator;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * A region's (or a construction unit's) yearly values moved along the confirmation path: submitted,
 * confirmed, returned or reopened. {@code to} is the new state; {@code reason} is required for
 * return and reopen; {@code unitId} is 0 for the region's own year.
 */
public record SubmissionChanged(
        String edition,
        String regionCode,
        Long unitId,
        int year,
        SubmissionState from,
        SubmissionState to,
        String reason)
        implements AuditedChange {

    @Override
    public String targetType() {
        return "IndicatorSubmission";
    }

    /** {@code edition/region/year}, with {@code /unit-ID} after the region for a unit's year. */
    @Override
    public String targetId() {
        return edition + "/" + regionCode + (unitId == null ? "" : "/unit-" + unitId) + "/" + year;
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("state", from.name(), to.name()));
    }
}
