package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.ValueHistoryEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One chunk of an import's save ({@link ImportSaver}): its new values, its changed held values, and
 * each change old → new for its history row, written by one JDBC batch per table.
 */
final class ImportChunk {
    final List<ValueEntity> inserted;
    final List<ValueEntity> updated = new ArrayList<>();
    private final List<ValueEntity> changed;
    private final List<String> olds;
    private final List<String> shown;

    ImportChunk(int size) {
        inserted = new ArrayList<>(size);
        changed = new ArrayList<>(size);
        olds = new ArrayList<>(size);
        shown = new ArrayList<>(size);
    }

    void changed(ValueEntity value, String old, String now) {
        changed.add(value);
        olds.add(old);
        shown.add(now);
    }

    /** The history rows, once the new values have their ids. */
    List<ValueHistoryEntity> history(Instant at, String by, String byOrg, String reason) {
        List<ValueHistoryEntity> rows = new ArrayList<>(changed.size());
        for (int i = 0; i < changed.size(); i++) {
            rows.add(new ValueHistoryEntity(changed.get(i).id(), at, by, byOrg, olds.get(i), shown.get(i), reason));
        }
        return rows;
    }
}
