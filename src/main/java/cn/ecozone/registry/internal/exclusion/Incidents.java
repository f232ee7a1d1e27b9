package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.util.List;

/** The incidents of the levels and categories that an item's parameters name. */
final class Incidents {

    private Incidents() {}

    static List<RegisterEntry> matching(CheckInput in, String levelsKey, String categoriesKey) {
        List<String> levels = in.values(levelsKey);
        List<String> categories = in.values(categoriesKey);
        return in.of(RegisterKind.INCIDENT).stream()
                .filter(e -> levels.contains(e.level()) && categories.contains(e.category()))
                .toList();
    }
}
