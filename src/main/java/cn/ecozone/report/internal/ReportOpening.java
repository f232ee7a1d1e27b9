package cn.ecozone.report.internal;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.Programme;
import java.time.LocalDate;

/**
 * What a report is opened with: the title's facts and the rules in force on the day ({@link ReportEntity}'s
 * constructor).
 */
public record ReportOpening(
        long titleId,
        String regionCode,
        String regionPath,
        String subjectName,
        Programme programme,
        String regulationCode,
        int regulationVersion,
        String checkCode,
        RegionLevel level,
        int year,
        LocalDate dueOn,
        boolean dueFromSetting,
        String edition) {}
