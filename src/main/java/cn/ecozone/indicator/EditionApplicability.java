package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionEntity;
import cn.ecozone.indicator.internal.EditionMapper;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.ApiException;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an edition applies (issue 8 §3): a national edition (no province) anywhere, a provincial one
 * only to regions of its province, each only at its levels, as the edition file or the editor states
 * them ({@code province}, {@code levels}; docs/indicator-editions.md). Every write path checks it:
 * values and parts ({@link IndicatorValueManagement#enter}), submissions, imports (through {@code
 * EntryRules}); plan targets cite only editions of their province ({@link #appliesInProvince}). A construction unit is judged by its
 * region.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("editions")
public class EditionApplicability {

    private final EditionCatalog catalog;
    private final RegionManagement regions;

    EditionApplicability(EditionCatalog catalog, RegionManagement regions) {
        this.catalog = catalog;
        this.regions = regions;
    }

    /**
     * For plan targets: whether the published edition may be cited by a plan of the region, i.e. it is
     * national or the region lies in its province. Levels do not restrict citing: a county's plan may
     * adopt a target of its province's edition (BIM-2024 at PROVINCE/PREFECTURE level), while values
     * of the edition are entered only at its levels. False for an unknown edition or region.
     */
    public boolean appliesInProvince(String editionCode, String regionCode) {
        try {
            return inProvince(
                    catalog.require(editionCode).edition().provinceCode(),
                    regions.require(regionCode).path());
        } catch (ApiException e) {
            return false;
        }
    }

    /**
     * The province half of the rule, used by every check and by the pickers ({@link
     * ApplicableEditionManagement}): a national edition ({@code province} null) applies anywhere, a
     * provincial one only to regions under its province.
     *
     * @param regionPath materialized path, e.g. {@code /150000/152500/152502/}
     */
    static boolean inProvince(String province, String regionPath) {
        return province == null || regionPath.startsWith("/" + province + "/");
    }

    /**
     * The level half of the rule: an edition applies at its levels (none stated = every level).
     */
    static boolean atLevel(List<RegionLevel> levels, RegionLevel level) {
        return levels.isEmpty() || levels.contains(level);
    }

    /**
     * The levels as a list in the reader's language: each {@code region.level.*}, joined pairwise by
     * {@code list.join} (县级、乡级 / county level, township level). As plain text (the value import
     * keeps an error's arguments as text) it reads in Chinese.
     */
    static MessageSourceResolvable levelNames(List<RegionLevel> levels) {
        Named list = null;
        for (RegionLevel level : levels) {
            Named item = new Named("region.level." + level.name(), new Object[0], chinese(level));
            list = list == null ? item : new Named("list.join", new Object[] {list, item}, list + "、" + item);
        }
        return list;
    }

    private static String chinese(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> "省级";
            case PREFECTURE -> "地级";
            case COUNTY -> "县级";
            case TOWNSHIP -> "乡级";
        };
    }

    /** A message with its arguments, resolved in the reader's language; Chinese as text. */
    private record Named(String code, Object[] arguments, String text) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] {code};
        }

        @Override
        public Object[] getArguments() {
            return arguments;
        }

        @Override
        public String getDefaultMessage() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** @throws ApiException 422 {@code not-applicable} naming the edition and why it does not apply */
    void check(EditionEntity edition, Region region) {
        checkProvince(edition, region);
        List<RegionLevel> levels = EditionMapper.levels(edition.levels());
        if (!atLevel(levels, region.level())) {
            throw ApiException.unprocessable(
                    "not-applicable",
                    "region",
                    "error.indicator.edition.outside-levels",
                    edition.code(),
                    region.name(),
                    levelNames(levels));
        }
    }

    /**
     * The province half alone, for what a province publishes for an edition at no level of its own (a
     * reference average, {@link ReferenceAverageManagement#publish}).
     *
     * @throws ApiException 422 {@code not-applicable} naming the edition, its province and the region
     */
    void checkProvince(EditionEntity edition, Region region) {
        String province = edition.provinceCode();
        if (!inProvince(province, region.path())) {
            throw ApiException.unprocessable(
                    "not-applicable",
                    "region",
                    "error.indicator.edition.outside-province",
                    edition.code(),
                    regions.require(province).name(),
                    region.name());
        }
    }
}
