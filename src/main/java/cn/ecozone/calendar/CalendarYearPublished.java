package cn.ecozone.calendar;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/** The system admin entered or replaced a year's holiday notice. */
public record CalendarYearPublished(int year, List<FieldChange> changes) implements AuditedChange {

    @Override
    public String targetType() {
        return "CalendarYear";
    }

    @Override
    public String targetId() {
        return String.valueOf(year);
    }

    @Override
    public String reason() {
        return null;
    }
}
