package cn.ecozone.registry.internal;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.registry.RegisterView;
import cn.ecozone.shared.Actor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds the API's views of records: a list page with region names from the cached region tree (no
 * statement per row), one record with its tasks, attachments and history.
 */
@Component
public class RegisterViews {

    private final RegionManagement regions;
    private final DocumentManagement documents;
    private final RegisterChanges changes;

    RegisterViews(RegionManagement regions, DocumentManagement documents, RegisterChanges changes) {
        this.regions = regions;
        this.documents = documents;
        this.changes = changes;
    }

    /** The views of a list page: no tasks, attachments or history. */
    public List<RegisterView> page(Collection<RegisterRecordEntity> records, Actor actor) {
        Map<String, String> names = regions.names(
                records.stream().map(RegisterRecordEntity::regionCode).toList());
        return records.stream()
                .map(r -> view(r, names.get(r.regionCode()), actor, false))
                .toList();
    }

    /** One record in full. */
    public RegisterView full(RegisterRecordEntity r, Actor actor) {
        return view(r, regions.require(r.regionCode()).name(), actor, true);
    }

    private RegisterView view(RegisterRecordEntity r, String regionName, Actor actor, boolean full) {
        RecordValues v = full ? r.values() : r.valuesWithoutTasks();
        List<String> allowed = Arrays.stream(RegisterAction.values())
                .filter(a -> r.allows(a, actor))
                .map(Enum::name)
                .toList();
        List<RegisterView.Attachment> attachments = List.of();
        List<RegisterView.Change> history = List.of();
        if (full) {
            attachments = documents.all(r.documentIds()).values().stream()
                    .sorted(Comparator.comparing(StoredDocument::id))
                    .map(d -> new RegisterView.Attachment(
                            d.id(), d.name(), d.type().name(), d.size(), d.uploadedAt()))
                    .toList();
            history = changes.findByRecordIdOrderByIdAsc(r.id()).stream()
                    .map(RegisterChangeEntity::view)
                    .toList();
        }
        return new RegisterView(
                r.id(),
                v.kind(),
                v.regionCode(),
                regionName,
                v.category(),
                v.occurredOn(),
                v.year(),
                v.level(),
                v.major(),
                v.completed(),
                v.dueOn(),
                v.closedOn(),
                v.completedOn(),
                v.imposedBy(),
                v.summary(),
                v.sourceNumber(),
                v.sourceDate(),
                v.sourceIssuer(),
                r.state(),
                r.enteredBy(),
                r.enteredOrg(),
                r.confirmedBy(),
                r.confirmedAt(),
                r.rejectReason(),
                r.createdAt(),
                r.updatedAt(),
                r.version(),
                allowed,
                full ? v.tasks() : List.of(),
                attachments,
                history);
    }
}
