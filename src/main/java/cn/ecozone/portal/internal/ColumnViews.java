package cn.ecozone.portal.internal;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.identity.OrganizationManagement;
import cn.ecozone.portal.ColumnItem;
import cn.ecozone.portal.PublicColumnItem;
import cn.ecozone.shared.PageResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Column items as views, with their files: two statements for a page at most, however many items; the
 * public view reads the publishing organizations' names in one more.
 */
@Component
public class ColumnViews {

    private final ColumnFiles files;
    private final DocumentManagement documents;
    private final OrganizationManagement organizations;

    ColumnViews(ColumnFiles files, DocumentManagement documents, OrganizationManagement organizations) {
        this.files = files;
        this.documents = documents;
        this.organizations = organizations;
    }

    /** The staff's view of one item. */
    public ColumnItem view(ColumnItemEntity item) {
        Map<Long, List<ColumnItem.ColumnFile>> held = filesOf(List.of(item));
        return item.view(held.getOrDefault(item.id(), List.of()));
    }

    /** The staff's view of a page of items (drafter, approver, state, return reason, version). */
    public PageResult<ColumnItem> page(Page<ColumnItemEntity> page) {
        Map<Long, List<ColumnItem.ColumnFile>> held = filesOf(page.getContent());
        return PageResult.of(page, i -> i.view(held.getOrDefault(i.id(), List.of())));
    }

    /**
     * The public's view of a page of published items (review s15 #6): no staff names, states or reasons;
     * each item published by its organization, or by {@code regionName} if it names none (before V113).
     */
    public PageResult<PublicColumnItem> publicPage(Page<ColumnItemEntity> page, String regionName) {
        Map<Long, List<ColumnItem.ColumnFile>> held = filesOf(page.getContent());
        Map<Long, String> publishers = organizations.names(page.getContent().stream()
                .map(ColumnItemEntity::organizationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return PageResult.of(
                page,
                i -> i.publicView(
                        i.organizationId() == null
                                ? regionName
                                : publishers.getOrDefault(i.organizationId(), regionName),
                        held.getOrDefault(i.id(), List.of())));
    }

    /** The items' files that are still stored, by item, in order: two statements, none for no items. */
    private Map<Long, List<ColumnItem.ColumnFile>> filesOf(List<ColumnItemEntity> items) {
        Map<Long, List<ColumnFiles.Row>> rows =
                files.of(items.stream().map(ColumnItemEntity::id).toList());
        Map<Long, StoredDocument> stored = documents.all(rows.values().stream()
                .flatMap(List::stream)
                .map(ColumnFiles.Row::documentId)
                .toList());
        Map<Long, List<ColumnItem.ColumnFile>> out = new HashMap<>();
        rows.forEach((item, held) -> out.put(
                item,
                held.stream()
                        .filter(r -> stored.containsKey(r.documentId()))
                        .map(r -> {
                            StoredDocument d = stored.get(r.documentId());
                            return new ColumnItem.ColumnFile(d.id(), d.name(), d.size(), r.image());
                        })
                        .toList()));
        return out;
    }
}
