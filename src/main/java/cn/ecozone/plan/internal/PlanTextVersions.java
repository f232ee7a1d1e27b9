package cn.ecozone.plan.internal;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.plan.PlanText;
import cn.ecozone.plan.PlanText.Kind;
import cn.ecozone.plan.PlanView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The versions of a plan's text (issue 14 §4, ADR 0045) and the issuing documents its promulgations
 * carried (ADR 0056): each upload is added as the next of its kind and none is ever replaced, so the
 * file every step saw stays downloadable. Two uploads at once cannot get the same number (unique per
 * plan and kind in the database).
 */
@Component
public class PlanTextVersions {

    private final PlanTexts texts;
    private final DocumentManagement documents;

    PlanTextVersions(PlanTexts texts, DocumentManagement documents) {
        this.texts = texts;
        this.documents = documents;
    }

    /** Adds {@code stored} as the plan's next version of the text. Precondition: a transaction is open. */
    public void add(long planId, StoredDocument stored) {
        add(planId, Kind.TEXT, stored);
    }

    /** Adds {@code stored} as the plan's next file of {@code kind}. Precondition: a transaction is open. */
    public void add(long planId, Kind kind, StoredDocument stored) {
        texts.saveAndFlush(new PlanTextEntity(planId, kind, texts.lastNumber(planId, kind) + 1, stored));
    }

    /** Whether {@code documentId} is one of the plan's kept files (a text version or an issuing document). */
    public boolean contains(long planId, long documentId) {
        return texts.existsByPlanIdAndDocumentId(planId, documentId);
    }

    /** The number of each text version by its document id, for naming the version a step saw. */
    public Map<Long, Integer> numbers(List<PlanTextEntity> versions) {
        Map<Long, Integer> out = new HashMap<>();
        versions.stream().filter(v -> v.kind() == Kind.TEXT).forEach(v -> out.put(v.documentId(), v.number()));
        return out;
    }

    /** The document ids of the issuing documents among {@code versions}. */
    public Set<Long> issuing(List<PlanTextEntity> versions) {
        return versions.stream()
                .filter(v -> v.kind() == Kind.ISSUING_DOCUMENT)
                .map(PlanTextEntity::documentId)
                .collect(Collectors.toSet());
    }

    /** The plan's kept files in upload order within each kind, the text's versions first (one statement). */
    public List<PlanTextEntity> of(long planId) {
        return texts.findByPlanIdOrderByNumber(planId).stream()
                .sorted(java.util.Comparator.comparing(PlanTextEntity::kind))
                .toList();
    }

    /**
     * The files as the view lists them, with what each step of {@code timeline} saw, in two statements
     * (the files were read by the caller; their documents here).
     */
    public List<PlanText> views(List<PlanTextEntity> versions, List<PlanView.Entry> timeline, Long currentId) {
        Map<Long, StoredDocument> stored =
                documents.all(versions.stream().map(PlanTextEntity::documentId).toList());
        PlanView.Entry promulgation = timeline.stream()
                .filter(e -> "PROMULGATED".equals(e.action()))
                .reduce((first, second) -> second)
                .orElse(null);
        List<PlanText> out = new ArrayList<>();
        for (PlanTextEntity v : versions) {
            StoredDocument d = stored.get(v.documentId());
            boolean issuing = v.kind() == Kind.ISSUING_DOCUMENT;
            List<String> seenBy = timeline.stream()
                    .filter(e -> !"ATTACHED".equals(e.action()))
                    .filter(e -> Objects.equals(issuing ? e.issuingDocumentId() : e.documentId(), v.documentId()))
                    .map(PlanView.Entry::action)
                    .toList();
            Long promulgated = promulgation == null
                    ? null
                    : issuing ? promulgation.issuingDocumentId() : promulgation.documentId();
            out.add(new PlanText(
                    v.kind(),
                    v.number(),
                    v.documentId(),
                    v.name(),
                    d == null ? null : d.type().name(),
                    d == null ? 0 : d.size(),
                    d == null ? null : d.sha256(),
                    v.uploadedBy(),
                    v.uploadedAt(),
                    seenBy,
                    Objects.equals(promulgated, v.documentId()),
                    !issuing && Objects.equals(currentId, v.documentId())));
        }
        return out;
    }
}
