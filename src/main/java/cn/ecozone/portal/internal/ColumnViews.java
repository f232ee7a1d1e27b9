package cn.ecozone.portal.internal;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.portal.ColumnItem;
import cn.ecozone.shared.PageResult;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Column items as views, with their files: two statements for a page at most, however many items. */
@Component
public class ColumnViews {

    private final ColumnFiles files;
    private final DocumentManagement documents;

    ColumnViews(ColumnFiles files, DocumentManagement documents) {
        this.files = files;
        this.documents = documents;
    }

    public ColumnItem view(ColumnItemEntity item) {
        return page(List.of(item)).getFirst();
    }

    public PageResult<ColumnItem> page(Page<ColumnItemEntity> page) {
        List<ColumnItem> views = page(page.getContent());
        Map<Long, ColumnItem> byId = new java.util.HashMap<>();
        views.forEach(v -> byId.put(v.id(), v));
        return PageResult.of(page, e -> byId.get(e.id()));
    }

    private List<ColumnItem> page(List<ColumnItemEntity> items) {
        Map<Long, List<ColumnFiles.Row>> rows =
                files.of(items.stream().map(ColumnItemEntity::id).toList());
        Map<Long, StoredDocument> stored = documents.all(rows.values().stream()
                .flatMap(List::stream)
                .map(ColumnFiles.Row::documentId)
                .toList());
        return items.stream()
                .map(i -> i.view(rows.getOrDefault(i.id(), List.of()).stream()
                        .filter(r -> stored.containsKey(r.documentId()))
                        .map(r -> {
                            StoredDocument d = stored.get(r.documentId());
                            return new ColumnItem.ColumnFile(d.id(), d.name(), d.size(), r.image());
                        })
                        .toList()))
                .toList();
    }
}
