package cn.ecozone.candidacy;

import cn.ecozone.regulation.Programme;
import java.time.Instant;
import java.util.List;

/**
 * A candidacy as the API shows it.
 *
 * @param unitId the construction unit when the subject is one, else null
 * @param allowedActions what the asking user may do now
 * @param timeline its state changes, oldest first (empty in lists)
 * @param links the records it links (empty in lists)
 */
public record CandidacyView(
        long id,
        String regionCode,
        String regionName,
        Long unitId,
        String subjectName,
        Programme programme,
        String regulationCode,
        int regulationVersion,
        CandidacyState state,
        String note,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<CandidacyAction> allowedActions,
        List<Step> timeline,
        List<Link> links) {

    /** One state change: who, from which organization, when, and why. */
    public record Step(
            String action,
            CandidacyState fromState,
            CandidacyState toState,
            String reason,
            String actor,
            String actorName,
            String organization,
            Instant takenAt) {}

    /** A linked record of another module, e.g. {@code PLAN} 12. */
    public record Link(String kind, long recordId, Instant linkedAt) {}
}
