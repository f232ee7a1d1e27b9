package cn.ecozone.plan.internal;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.plan.PlanText;
import cn.ecozone.plan.PlanView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The versions of a plan's text (issue 14 §4, ADR 0045): each upload is added as the next version and
 * none is ever replaced, so the text every step saw stays downloadable. Two uploads at once cannot get
 * the same number (unique per plan in the database).
 */
@Component
public class PlanTextVersions {

    private final PlanTexts texts;
    private final DocumentManagement documents;

    PlanTextVersions(PlanTexts texts, DocumentManagement documents) {
        this.texts = texts;
        this.documents = documents;
    }

    /** Adds {@code stored} as the plan's next version. Precondition: a transaction is open. */
    public void add(long planId, StoredDocument stored) {
        texts.saveAndFlush(new PlanTextEntity(planId, texts.lastNumber(planId) + 1, stored));
    }

    /** Whether {@code documentId} is one of the plan's text versions. */
    public boolean contains(long planId, long documentId) {
        return texts.existsByPlanIdAndDocumentId(planId, documentId);
    }

    /** The number of each version by its document id, for naming the version a step saw. */
    public Map<Long, Integer> numbers(List<PlanTextEntity> versions) {
        Map<Long, Integer> out = new java.util.HashMap<>();
        versions.forEach(v -> out.put(v.documentId(), v.number()));
        return out;
    }

    /** The plan's versions in upload order (one statement). */
    public List<PlanTextEntity> of(long planId) {
        return texts.findByPlanIdOrderByNumber(planId);
    }

    /**
     * The versions as the view lists them, with what each step of {@code timeline} saw, in two
     * statements (the versions were read by the caller; their documents here).
     */
    public List<PlanText> views(List<PlanTextEntity> versions, List<PlanView.Entry> timeline, Long currentId) {
        Map<Long, StoredDocument> stored =
                documents.all(versions.stream().map(PlanTextEntity::documentId).toList());
        Long promulgated = timeline.stream()
                .filter(e -> "PROMULGATED".equals(e.action()) && e.documentId() != null)
                .map(PlanView.Entry::documentId)
                .reduce((first, second) -> second)
                .orElse(null);
        List<PlanText> out = new ArrayList<>();
        for (PlanTextEntity v : versions) {
            StoredDocument d = stored.get(v.documentId());
            List<String> seenBy = timeline.stream()
                    .filter(e -> Objects.equals(e.documentId(), v.documentId()) && !"ATTACHED".equals(e.action()))
                    .map(PlanView.Entry::action)
                    .toList();
            out.add(new PlanText(
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
                    Objects.equals(currentId, v.documentId())));
        }
        return out;
    }
}
