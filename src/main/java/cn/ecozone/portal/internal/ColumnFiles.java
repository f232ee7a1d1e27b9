package cn.ecozone.portal.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The images and attachments of column items (table {@code column_item_file}), in order. */
@Component
public class ColumnFiles {

    /** A file of an item. */
    public record Row(long itemId, long documentId, boolean image) {}

    private final JdbcClient jdbc;

    ColumnFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The files of the items, by item, in order: one statement however many items, none for none. */
    public Map<Long, List<Row>> of(Collection<Long> itemIds) {
        Map<Long, List<Row>> out = new HashMap<>();
        if (itemIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select item_id, document_id, image from column_item_file where item_id in (:ids)"
                        + " order by item_id, position")
                .param("ids", itemIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Row(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)));
                });
        return out;
    }

    /** How many files the item holds. */
    public int count(long itemId) {
        return jdbc.sql("select count(*) from column_item_file where item_id = :id")
                .param("id", itemId)
                .query(Integer.class)
                .single();
    }

    /** Adds a file at the end. Precondition: the item is locked. */
    public void add(long itemId, long documentId, boolean image) {
        jdbc.sql("insert into column_item_file (item_id, document_id, image, position) values (:item, :doc, :image,"
                        + " (select coalesce(max(position), 0) + 1 from column_item_file where item_id = :item))")
                .param("item", itemId)
                .param("doc", documentId)
                .param("image", image)
                .update();
    }

    /** Removes a file; whether the item held it. */
    public boolean remove(long itemId, long documentId) {
        return jdbc.sql("delete from column_item_file where item_id = :item and document_id = :doc")
                        .param("item", itemId)
                        .param("doc", documentId)
                        .update()
                > 0;
    }
}
