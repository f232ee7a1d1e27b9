package cn.ecozone.indicator;

import cn.ecozone.region.RegionLevel;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The header of an edition as the province department writes it in the editor or the edition
 * workbook. {@link EditionManagement} checks it (code pattern, lengths, years, levels, score method)
 * before anything is stored.
 *
 * @param code unique, {@code [A-Z0-9-]+}, at most 40 characters; cannot change once created
 * @param version the edition's 版次, 1 or more (null only in unchecked input)
 * @param levels the region levels whose values it judges; at least one
 * @param province the province code of a provincial edition (values only of that province's
 *     regions), or null for a national edition (anywhere); the editor's own province or null
 * @param firstYear first year values may be entered for
 * @param lastYear last year values may be entered for, not before {@code firstYear}
 * @param scoreMethod {@code SHARE_MET} or {@code WEIGHTED}
 */
public record EditionHeader(
        String code,
        @Nullable Integer version,
        String titleZh,
        @Nullable String titleEn,
        @Nullable String issuerZh,
        @Nullable String documentZh,
        @Nullable LocalDate issued,
        Boolean issuedUncertain,
        @Nullable String source,
        Boolean complete,
        List<RegionLevel> levels,
        @Nullable String province,
        @Nullable Integer firstYear,
        @Nullable Integer lastYear,
        String scoreMethod,
        @Nullable String scoreNoteZh,
        @Nullable String scoreNoteEn) {

    public EditionHeader {
        levels = levels == null ? List.of() : List.copyOf(levels);
        issuedUncertain = Boolean.TRUE.equals(issuedUncertain);
        complete = Boolean.TRUE.equals(complete);
    }
}
