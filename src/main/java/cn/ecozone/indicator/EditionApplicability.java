package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionEntity;
import cn.ecozone.indicator.internal.EditionMapper;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.ApiException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an edition applies (issue 8 §3): a national edition (no province) anywhere, a provincial one
 * only to regions of its province, each only at its levels, as the edition file or the editor states
 * them ({@code province}, {@code levels}; docs/indicator-editions.md). Every write path checks it:
 * values and parts ({@link IndicatorValueManagement#enter}), submissions, imports (through {@code
 * EntryRules}) and plan targets ({@link #requireApplies}). A construction unit is judged by its
 * region.
 */
@Service
@Transactional(readOnly = true)
public class EditionApplicability {

    private final EditionCatalog catalog;
    private final RegionManagement regions;

    EditionApplicability(EditionCatalog catalog, RegionManagement regions) {
        this.catalog = catalog;
        this.regions = regions;
    }

    /**
     * For another module (plan targets): the published edition applies to the region.
     *
     * @throws ApiException 404 for an unknown edition or region; 422 where it does not apply
     */
    public void requireApplies(String editionCode, String regionCode) {
        check(catalog.require(editionCode).edition(), regions.require(regionCode));
    }

    /** Whether the published edition applies to the region; false for an unknown edition or region. */
    public boolean applies(String editionCode, String regionCode) {
        try {
            requireApplies(editionCode, regionCode);
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    private static String label(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> "省级 (PROVINCE)";
            case PREFECTURE -> "地级 (PREFECTURE)";
            case COUNTY -> "县级 (COUNTY)";
            case TOWNSHIP -> "乡级 (TOWNSHIP)";
        };
    }

    /** @throws ApiException 422 {@code not-applicable} naming the edition and why it does not apply */
    void check(EditionEntity edition, Region region) {
        String province = edition.provinceCode();
        if (province != null && !region.path().startsWith("/" + province + "/")) {
            throw ApiException.unprocessable(
                    "not-applicable",
                    "region",
                    "error.indicator.edition.outside-province",
                    edition.code(),
                    regions.require(province).name(),
                    region.name());
        }
        List<RegionLevel> levels = EditionMapper.levels(edition.levels());
        if (!levels.isEmpty() && !levels.contains(region.level())) {
            throw ApiException.unprocessable(
                    "not-applicable",
                    "region",
                    "error.indicator.edition.outside-levels",
                    edition.code(),
                    region.name(),
                    String.join(
                            "、",
                            levels.stream().map(EditionApplicability::label).toList()));
        }
    }
}
