package cn.ecozone.region.internal;

import cn.ecozone.region.LevelName;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The provinces' level vocabularies, read once on first use and kept: the table changes only by
 * migration, and the current user's page asks for it on every load.
 */
@Component
public class LevelNames {

    private final LevelNameRows rows;
    private volatile Map<String, List<LevelName>> byProvince;

    LevelNames(LevelNameRows rows) {
        this.rows = rows;
    }

    /** The province's level names, the higher levels first; empty for a province without rows. */
    public List<LevelName> of(String provinceCode) {
        Map<String, List<LevelName>> all = byProvince;
        if (all == null) {
            all = rows.findAll().stream()
                    .collect(Collectors.groupingBy(
                            LevelNameEntity::provinceCode,
                            Collectors.mapping(
                                    LevelNameEntity::toLevelName,
                                    Collectors.collectingAndThen(
                                            Collectors.toList(),
                                            list -> list.stream()
                                                    .sorted(java.util.Comparator.comparing(LevelName::level))
                                                    .toList()))));
            byProvince = all;
        }
        return all.getOrDefault(provinceCode, List.of());
    }
}
