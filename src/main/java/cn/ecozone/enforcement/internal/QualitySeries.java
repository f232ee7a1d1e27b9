package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.internal.condition.IndicatorSeries;
import cn.ecozone.indicator.ConfirmedProgress;
import cn.ecozone.indicator.PublicScorecards;
import cn.ecozone.region.Region;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.title.TitleView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads, for a titled subject, the confirmed series since the naming of the indicators of the edition its
 * regulation names for the subject's level ({@code Regulation.indicatorsFor}), with the progress category
 * the indicator module gives each (Open SDG's method, {@link PublicScorecards}): a constant number of
 * statements per title. Only when the regulation lists the sanction {@code QUALITY_DECLINE} (Guizhou art.
 * 24(5); IM eco-civ art. 18), the only condition that reads them.
 */
@Component
class QualitySeries {

    static final String QUALITY_DECLINE = "QUALITY_DECLINE";

    private final PublicScorecards scorecards;

    QualitySeries(PublicScorecards scorecards) {
        this.scorecards = scorecards;
    }

    /** The series, empty when the regulation has no such sanction or names no edition for the level. */
    List<IndicatorSeries> of(TitleView title, Regulation regulation, Region region, LocalDate today) {
        boolean wanted = regulation.title().sanctions().stream()
                .map(TitleRules.Sanction::code)
                .anyMatch(QUALITY_DECLINE::equals);
        Optional<String> edition = regulation
                .indicatorsFor(region.level())
                .map(Regulation.IndicatorRule::edition)
                .filter(e -> !e.isBlank());
        if (!wanted || edition.isEmpty()) {
            return List.of();
        }
        ConfirmedProgress progress = scorecards.confirmed(
                edition.get(),
                title.regionCode(),
                title.namedOn().getYear(),
                today.getYear(),
                Locale.SIMPLIFIED_CHINESE);
        return progress.rows().stream()
                .map(r -> new IndicatorSeries(
                        progress.edition(),
                        r.code(),
                        r.name(),
                        r.unit(),
                        r.group(),
                        r.category().name(),
                        r.categoryReason(),
                        r.series().stream()
                                .filter(p -> p.value() != null && Double.isFinite(p.value()))
                                .map(p -> new IndicatorSeries.Point(p.year(), BigDecimal.valueOf(p.value())))
                                .toList(),
                        r.environmentalQuality()))
                .toList();
    }
}
