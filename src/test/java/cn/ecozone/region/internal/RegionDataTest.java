package cn.ecozone.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated division data (data/regions.csv) and the hierarchy built from it. */
class RegionDataTest {

    private final List<String[]> rows = CsvRows.read(V2__LoadRegions.RESOURCE, V2__LoadRegions.HEADER);

    private long count(String parentPrefix, String level, boolean functionalZone) {
        return rows.stream()
                .filter(r -> r[0].startsWith(parentPrefix) && r[2].equals(level))
                .filter(r -> Boolean.parseBoolean(r[4]) == functionalZone)
                .count();
    }

    @Test
    void pathRunsFromTheProvinceDownToTheRegion() {
        Map<String, String> parents = Map.of("150000", "", "152500", "150000", "152502", "152500");
        assertThat(V2__LoadRegions.path("152502", parents)).isEqualTo("/150000/152500/152502/");
        assertThat(V2__LoadRegions.path("150000", parents)).isEqualTo("/150000/");
    }

    @Test
    void everyParentExistsAndIsOneLevelUp() {
        Map<String, String> levels = new java.util.HashMap<>();
        rows.forEach(r -> levels.put(r[0], r[2]));
        List<String> order = List.of("PROVINCE", "PREFECTURE", "COUNTY", "TOWNSHIP");
        for (String[] r : rows) {
            if (r[3].isEmpty()) {
                assertThat(r[2]).isEqualTo("PROVINCE");
            } else {
                assertThat(levels).containsKey(r[3]);
                assertThat(order.indexOf(levels.get(r[3]))).isEqualTo(order.indexOf(r[2]) - 1);
            }
        }
    }

    @Test
    void innerMongoliaHas12Prefectures103CountiesAnd5FunctionalZones() {
        assertThat(count("15", "PREFECTURE", false)).isEqualTo(12);
        assertThat(count("15", "COUNTY", false)).isEqualTo(103);
        assertThat(count("15", "COUNTY", true)).isEqualTo(5);
    }

    @Test
    void guizhouHas9PrefecturesAnd88Counties() {
        assertThat(count("52", "PREFECTURE", false)).isEqualTo(9);
        assertThat(count("52", "COUNTY", false) + count("52", "COUNTY", true)).isEqualTo(88);
    }

    @Test
    void townshipsOnlyForInnerMongoliaAndGuizhou() {
        assertThat(rows.stream().filter(r -> r[2].equals("TOWNSHIP")))
                .allSatisfy(r -> assertThat(r[0]).matches("(15|52)\\d{7}"));
    }
}
