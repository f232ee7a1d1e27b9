package cn.ecozone.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A record that went part of its path before the engine ran it (a migration onto the engine): where
 * it stands and what its own timeline recorded.
 *
 * @param currentStep the index of the step it waits at, or of the last step when {@code finished}
 * @param finished its path has ended
 * @param initiatorUserId who started it, or 0 when the old record does not say
 * @param startedAt when it started
 * @param periodFrom the day the waiting step's period counts from (e.g. the promulgation date), or
 *     {@code null} for the day of the carry-over
 * @param entries its old timeline, in order
 */
public record CarriedRun(
        int currentStep,
        boolean finished,
        long initiatorUserId,
        Instant startedAt,
        LocalDate periodFrom,
        List<PastEntry> entries) {

    public CarriedRun {
        entries = List.copyOf(entries);
    }

    /**
     * One entry of the old timeline, in the engine's terms.
     *
     * @param action {@code ACT}, {@code RETURN}, {@code WITHDRAW}, or the subject module's own code
     */
    public record PastEntry(
            String stepCode,
            String action,
            String outcome,
            String opinion,
            String actorName,
            String actorRole,
            String organizationName,
            Instant at,
            List<Long> documentIds) {

        public PastEntry {
            documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        }
    }
}
