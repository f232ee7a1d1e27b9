package cn.ecozone.indicator;

/**
 * One value to enter: a number (percentages 0–100), a yes/no flag, a grade, or parts as JSON for rows
 * covering several quantities; with its source, a note, the reason for a change and the version read.
 */
public record ValueInput(
        String edition,
        String regionCode,
        int year,
        String indicator,
        Double value,
        Boolean flag,
        String partsJson,
        String grade,
        String source,
        String note,
        String reason,
        Long version) {}
