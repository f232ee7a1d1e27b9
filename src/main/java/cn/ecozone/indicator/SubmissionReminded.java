package cn.ecozone.indicator;

import cn.ecozone.shared.AuditedChange;
import cn.ecozone.shared.Role;
import java.time.LocalDate;
import java.util.List;

/**
 * A reviewer reminded (催报) a region that has not submitted its year: the accounts of {@code recipients}
 * at the region are to be notified, once per region, edition, year and day ({@link #key()}).
 *
 * @param link the region's entry page for the year
 */
public record SubmissionReminded(
        String edition,
        String regionCode,
        String regionName,
        int year,
        LocalDate day,
        List<Role> recipients,
        String remindedBy,
        String link)
        implements AuditedChange {

    /** The notification's source key: the same for every delivery of this reminder. */
    public String key() {
        return "indicator-reminder:" + edition + ":" + regionCode + ":" + year + ":" + day;
    }

    @Override
    public String targetType() {
        return "IndicatorSubmission";
    }

    @Override
    public String targetId() {
        return edition + "/" + regionCode + "/" + year;
    }

    @Override
    public String reason() {
        return null;
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("reminded", null, day.toString()));
    }
}
