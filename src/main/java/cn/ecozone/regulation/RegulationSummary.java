package cn.ecozone.regulation;

import java.time.LocalDate;

/** One line of the regulation list. */
public record RegulationSummary(
        String code,
        int version,
        RegulationStatus status,
        Programme programme,
        String jurisdiction,
        LocalDate inForce,
        String titleZh) {}
