package cn.ecozone.title;

import cn.ecozone.regulation.Programme;
import java.time.LocalDate;

/** A titled area as the public list shows it: what the naming document made public, and the state by date. */
public record PublicTitle(
        String subjectName,
        String regionName,
        Programme programme,
        String namingBodyZh,
        String documentNumber,
        LocalDate namedOn,
        int validityYears,
        LocalDate validUntil,
        boolean validityUncertain,
        String validityNote,
        TitleState state) {}
