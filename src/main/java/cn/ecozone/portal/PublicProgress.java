package cn.ecozone.portal;

import cn.ecozone.indicator.ConfirmedProgress;
import cn.ecozone.indicator.ProgressManagement;
import cn.ecozone.regulation.Programme;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The public progress page of a titled area (issue 13 §7).
 *
 * @param edition the indicator edition the title's regulation names for the area's level, or null when it
 *     names none (then {@code progress} is null and {@code noteZh} says why)
 * @param indicatorsArticle the article of the regulation's indicator rule
 * @param uncertain whether the regulation data marks the rule uncertain (then show the note)
 * @param noteZh the regulation data's note on the indicator rule, in Chinese
 * @param categories the number of indicators per category, every category present (empty without progress)
 */
public record PublicProgress(
        String regionCode,
        String regionName,
        String subjectName,
        Programme programme,
        String namingBodyZh,
        String documentNumber,
        LocalDate namedOn,
        String titleState,
        @Nullable String edition,
        @Nullable String indicatorsArticle,
        boolean uncertain,
        @Nullable String noteZh,
        @Nullable ConfirmedProgress progress,
        Map<ProgressManagement.Category, Integer> categories,
        List<ProgressManagement.Category> categoryOrder) {}
