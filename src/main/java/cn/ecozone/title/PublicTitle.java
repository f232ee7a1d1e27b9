package cn.ecozone.title;

import cn.ecozone.regulation.Programme;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A titled area as the public list shows it: what the naming document made public, and the state by date.
 *
 * @param regionCode the titled area's region code, which links to its public progress page (issue 13 §7)
 */
public record PublicTitle(
        String subjectName,
        String regionCode,
        String regionName,
        Programme programme,
        String namingBodyZh,
        String documentNumber,
        LocalDate namedOn,
        int validityYears,
        LocalDate validUntil,
        boolean validityUncertain,
        @Nullable String validityNote,
        TitleState state) {}
