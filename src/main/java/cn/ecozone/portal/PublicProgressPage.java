package cn.ecozone.portal;

import cn.ecozone.indicator.ConfirmedProgress;
import cn.ecozone.indicator.ProgressManagement;
import cn.ecozone.indicator.PublicScorecards;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.ApiException;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleState;
import cn.ecozone.title.TitleView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public progress page of a titled area (issue 13 §7): anybody reads, without a login, the
 * confirmed indicator values of an area that holds (or held, expired) a title in the programme, for the
 * years since its naming, at most the last {@value #YEARS}, against the targets of the edition its
 * title's regulation names, in Open SDG's categories. A region without a title in the programme, or
 * whose title was revoked, is not found (404).
 */
@Service
@Transactional(readOnly = true)
public class PublicProgressPage {

    /** The most years the page shows. */
    static final int YEARS = 5;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final TitleRecords titles;
    private final RegionManagement regions;
    private final RegulationManagement regulations;
    private final PublicScorecards scorecards;
    private final Clock clock;

    PublicProgressPage(
            TitleRecords titles,
            RegionManagement regions,
            RegulationManagement regulations,
            PublicScorecards scorecards,
            Clock clock) {
        this.titles = titles;
        this.regions = regions;
        this.regulations = regulations;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    /** The page of {@code regionCode} in {@code programme}. @throws ApiException 404 when not a titled area */
    public PublicProgress of(String regionCode, Programme programme, Locale locale) {
        if (programme == null) {
            throw ApiException.invalid("programme", "validation.required");
        }
        TitleView title = titles.ofRegion(regionCode, programme)
                .filter(t -> t.state() != TitleState.REVOKED)
                .orElseThrow(() -> ApiException.notFound("portal.progress.not-titled", regionCode));
        Region region = regions.require(title.regionCode());
        Optional<Regulation.IndicatorRule> rule = regulations
                .find(title.regulationCode(), title.regulationVersion())
                .flatMap(r -> r.indicatorsFor(region.level()));
        String edition = rule.map(Regulation.IndicatorRule::edition).orElse(null);
        ConfirmedProgress progress = null;
        Map<ProgressManagement.Category, Integer> categories = new EnumMap<>(ProgressManagement.Category.class);
        if (edition != null) {
            int to = LocalDate.ofInstant(clock.instant(), ZONE).getYear();
            int from = Math.max(title.namedOn().getYear(), to - YEARS + 1);
            progress = scorecards.confirmed(edition, region.code(), from, to, locale);
            for (ProgressManagement.Category c : ProgressManagement.Category.values()) {
                categories.put(c, 0);
            }
            progress.rows().forEach(r -> categories.merge(r.category(), 1, Integer::sum));
        }
        return new PublicProgress(
                region.code(),
                region.name(),
                title.subjectName(),
                programme,
                title.namingBodyZh(),
                title.documentNumber(),
                title.namedOn(),
                title.state().name(),
                edition,
                rule.map(r -> r.citation() == null ? null : r.citation().article())
                        .orElse(null),
                rule.map(r -> r.citation() != null && r.citation().uncertain()).orElse(false),
                rule.map(r -> r.citation() == null ? null : r.citation().noteZh())
                        .orElse(null),
                progress,
                categories,
                List.of(ProgressManagement.Category.values()));
    }
}
