package cn.ecozone.candidacy;

import cn.ecozone.regulation.Programme;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A candidacy as the API shows it.
 *
 * @param unitId the construction unit when the subject is one, else null
 * @param note the note given when it was created, or null
 * @param allowedActions what the asking user may do now
 * @param timeline its state changes, oldest first (empty in lists)
 * @param links the records it links (empty in lists)
 */
public record CandidacyView(
        long id,
        String regionCode,
        String regionName,
        @Nullable Long unitId,
        String subjectName,
        Programme programme,
        String regulationCode,
        int regulationVersion,
        CandidacyState state,
        @Nullable String note,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<CandidacyAction> allowedActions,
        List<Step> timeline,
        List<Link> links) {

    /**
     * One state change: who, from which organization, when, and why; {@code fromState} is null on the
     * creation, {@code reason} and {@code organization} when none was given or known.
     */
    public record Step(
            String action,
            @Nullable CandidacyState fromState,
            CandidacyState toState,
            @Nullable String reason,
            String actor,
            String actorName,
            @Nullable String organization,
            Instant takenAt) {}

    /** A linked record of another module, e.g. {@code PLAN} 12. */
    public record Link(String kind, long recordId, Instant linkedAt) {}
}
