package cn.ecozone.publicity;

import java.time.LocalDate;
import java.util.List;

/**
 * The period a notice would have, before anything is written.
 *
 * @param minimumEndsOn the regulation's last day; {@code endsOn} is later only where it sets a minimum
 */
public record PeriodPreview(
        LocalDate publishedOn,
        LocalDate endsOn,
        LocalDate minimumEndsOn,
        List<String> explanationZh,
        List<String> explanationEn) {}
