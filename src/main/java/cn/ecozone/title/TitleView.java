package cn.ecozone.title;

import cn.ecozone.regulation.Programme;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A title (称号) as the province and the public see it.
 *
 * @param validityYears the validity from the pinned regulation's {@code title.validity}
 * @param validUntil the last day the title is valid: the naming date plus the years, less one day
 * @param validityArticle the article that sets the validity, or {@code null} when the regulation is silent
 * @param validityUncertain whether the regulation data marks the validity uncertain (then show the note)
 * @param validityNote the regulation data's note on the validity, in Chinese
 * @param state valid or expired by {@code validUntil} as of today, or revoked
 */
public record TitleView(
        long id,
        long candidacyId,
        long dossierId,
        String subjectName,
        String regionCode,
        String regionName,
        Programme programme,
        String regulationCode,
        int regulationVersion,
        String namingBodyZh,
        String documentNumber,
        LocalDate namedOn,
        int validityYears,
        LocalDate validUntil,
        @Nullable String validityArticle,
        boolean validityUncertain,
        @Nullable String validityNote,
        TitleState state) {}
