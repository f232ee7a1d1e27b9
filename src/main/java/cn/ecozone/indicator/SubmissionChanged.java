package cn.ecozone.indicator;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * A region's yearly values moved along the confirmation path: submitted, confirmed, returned or
 * reopened. {@code to} is the new state; {@code reason} is required for return and reopen.
 */
public record SubmissionChanged(
        String edition, String regionCode, int year, SubmissionState from, SubmissionState to, String reason)
        implements AuditedChange {

    @Override
    public String targetType() {
        return "IndicatorSubmission";
    }

    @Override
    public String targetId() {
        return edition + "/" + regionCode + "/" + year;
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("state", from.name(), to.name()));
    }
}
