package cn.ecozone.indicator.target;

import static cn.ecozone.indicator.target.Render.en;
import static cn.ecozone.indicator.target.Render.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.indicator.Attainment;
import cn.ecozone.region.Terrain;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forest and grass cover: 山区 ≥60%, 丘陵区 ≥40%, 平原区 ≥18%, 干旱半干旱地区 ≥35%. */
class ByTerrainTest {

    private final ByTerrain cover = new ByTerrain(Map.of(
            Terrain.MOUNTAIN, new AtLeast(60),
            Terrain.HILL, new AtLeast(40),
            Terrain.PLAIN, new AtLeast(18),
            Terrain.ARID_SEMI_ARID, new AtLeast(35)));

    private static Facts facts(Terrain terrain, Double value) {
        return Facts.builder().terrain(terrain).value(value).unit("%").build();
    }

    @Test
    void aridRegionExactlyAtItsThresholdIsMetAndDescribedWithItsTerrain() {
        Facts facts = facts(Terrain.ARID_SEMI_ARID, 35.0);

        Outcome outcome = cover.evaluate(facts);
        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isEqualTo(0.0);
        assertThat(zh(cover.describe(facts))).isEqualTo("≥ 35%（干旱半干旱地区）");
        assertThat(en(cover.describe(facts))).isEqualTo("≥ 35% (arid and semi-arid areas)");
        assertThat(zh(outcome.reason())).isEqualTo("按干旱半干旱地区标准：实际值 35%，不低于目标值 35%，已达标");
    }

    @Test
    void theSameValueIsNotMetInAMountainRegion() {
        Outcome outcome = cover.evaluate(facts(Terrain.MOUNTAIN, 59.9));

        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(outcome.gap()).isEqualTo(-0.1);
    }

    @Test
    void unknownTerrainNeedsJudgementEvenWithAValue() {
        Outcome outcome = cover.evaluate(facts(Terrain.UNKNOWN, 70.0));

        assertThat(outcome.status()).isEqualTo(Attainment.NEEDS_JUDGEMENT);
        assertThat(outcome.gap()).isNull();
        assertThat(zh(outcome.reason())).startsWith("本地区地形类别尚未确定");
    }

    @Test
    void missingTerrainNeedsJudgement() {
        assertThat(cover.evaluate(facts(null, 70.0)).status()).isEqualTo(Attainment.NEEDS_JUDGEMENT);
    }

    @Test
    void aTerrainWithoutThresholdNeedsJudgementAndIsNamed() {
        ByTerrain partial = new ByTerrain(Map.of(Terrain.MOUNTAIN, new AtLeast(60)));

        Outcome outcome = partial.evaluate(facts(Terrain.PLAIN, 20.0));
        assertThat(outcome.status()).isEqualTo(Attainment.NEEDS_JUDGEMENT);
        assertThat(zh(outcome.reason())).isEqualTo("本指标未规定平原区的目标值，需由审核人员研判");
    }

    @Test
    void knownTerrainWithoutValueGivesNoData() {
        assertThat(cover.evaluate(facts(Terrain.HILL, null)).status()).isEqualTo(Attainment.NO_DATA);
    }

    @Test
    void describeListsEveryThresholdWhileTheTerrainIsUnknown() {
        assertThat(zh(cover.describe(facts(Terrain.UNKNOWN, null))))
                .isEqualTo("山区 ≥ 60%；丘陵区 ≥ 40%；平原区 ≥ 18%；干旱半干旱地区 ≥ 35%");
    }

    @Test
    void refusesUnknownAsAThresholdKey() {
        assertThatThrownBy(() -> new ByTerrain(Map.of(Terrain.UNKNOWN, new AtLeast(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
