package cn.ecozone.indicator.edition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.region.Region;
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

    @Test
    void grasslandOnlyIndicatorExcludesKnownRegionsWithoutGrasslandButNotUnknownOnes() {
        Applicability grassland = new Applicability(null, null, true, null);

        assertThat(grassland.appliesTo(RegionLevel.COUNTY, Terrain.PLAIN, false, null))
                .isFalse();
        assertThat(grassland.appliesTo(RegionLevel.COUNTY, Terrain.PLAIN, true, false))
                .isTrue();
        assertThat(grassland.appliesTo(RegionLevel.COUNTY, Terrain.PLAIN, null, true))
                .isTrue();
    }

    @Test
    void aRegionIsJudgedByItsLevelTerrainGrasslandAndCoastalAttributes() {
        Applicability coastalPrefectures = new Applicability(List.of(RegionLevel.PREFECTURE), null, null, true);

        assertThat(coastalPrefectures.appliesTo(region(RegionLevel.PREFECTURE, null, true)))
                .isTrue();
        assertThat(coastalPrefectures.appliesTo(region(RegionLevel.PREFECTURE, null, false)))
                .isFalse();
        assertThat(coastalPrefectures.appliesTo(region(RegionLevel.PREFECTURE, true, null)))
                .isTrue();
        assertThat(coastalPrefectures.appliesTo(region(RegionLevel.COUNTY, null, true)))
                .isFalse();
    }

    private static Region region(RegionLevel level, Boolean grassland, Boolean coastal) {
        return new Region(
                "370200",
                "青岛市",
                level,
                "370000",
                "/370000/370200/",
                false,
                Terrain.UNKNOWN,
                false,
                grassland,
                coastal,
                true,
                0);
    }
}
