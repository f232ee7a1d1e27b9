package cn.ecozone.indicator.edition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.Terrain;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicabilityTest {

    @Test
    void noRestrictionAppliesEverywhere() {
        assertThat(Applicability.EVERYWHERE.appliesTo(RegionLevel.TOWNSHIP, Terrain.PLAIN))
                .isTrue();
    }

    @Test
    void levelAndTerrainRestrictionsExcludeOtherRegions() {
        Applicability countyMountains =
                new Applicability(List.of(RegionLevel.COUNTY), List.of(Terrain.MOUNTAIN), null, null);

        assertThat(countyMountains.appliesTo(RegionLevel.COUNTY, Terrain.MOUNTAIN))
                .isTrue();
        assertThat(countyMountains.appliesTo(RegionLevel.PREFECTURE, Terrain.MOUNTAIN))
                .isFalse();
        assertThat(countyMountains.appliesTo(RegionLevel.COUNTY, Terrain.PLAIN)).isFalse();
    }

    @Test
    void unknownTerrainDoesNotExcludeAnIndicator() {
        Applicability mountains = new Applicability(List.of(), List.of(Terrain.MOUNTAIN), null, null);

        assertThat(mountains.appliesTo(RegionLevel.COUNTY, Terrain.UNKNOWN)).isTrue();
        assertThat(mountains.appliesTo(RegionLevel.COUNTY, null)).isTrue();
    }

    @Test
    void coastalOnlyIndicatorExcludesKnownInlandRegionsButNotUnknownOnes() {
        Applicability coastal = new Applicability(null, null, null, true);

        assertThat(coastal.appliesTo(RegionLevel.PREFECTURE, Terrain.PLAIN, null, false))
                .isFalse();
        assertThat(coastal.appliesTo(RegionLevel.PREFECTURE, Terrain.PLAIN, null, true))
                .isTrue();
        assertThat(coastal.appliesTo(RegionLevel.PREFECTURE, Terrain.PLAIN)).isTrue();
    }
}
