package cn.ecozone.report;

/**
 * A sender of the annual Beautiful Inner Mongolia written report (seed 004 art. 41): a league or city
 * (its region code) or an autonomous-region department (a code of the data file; the list is uncertain).
 */
public record BimSender(String code, String nameZh, Kind kind, boolean uncertain) {

    public enum Kind {
        /** 盟市. */
        LEAGUE,
        /** 自治区有关部门. */
        DEPARTMENT
    }
}
