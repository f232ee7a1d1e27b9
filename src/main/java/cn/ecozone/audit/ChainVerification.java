package cn.ecozone.audit;

import java.time.Instant;

/**
 * The result of re-computing the audit chain: intact, or the first record whose link is broken and
 * why, together with the checkpoint outside the database that the verification trusted.
 *
 * @param checked records verified before the first broken one (all when intact)
 * @param firstBrokenSequence the first altered or missing record; {@code null} when intact
 * @param problem why the chain is broken; {@code null} when intact
 * @param checkpoint the latest checkpoint whose signature verified; {@code null} when none was written yet
 * @param untrustedCheckpoints checkpoint files whose signature did not verify (ignored)
 */
public record ChainVerification(
        boolean intact,
        long checked,
        Long firstBrokenSequence,
        Problem problem,
        TrustedCheckpoint checkpoint,
        int untrustedCheckpoints) {

    /** Why a chain is broken. */
    public enum Problem {
        /** a record's hash, link, sequence or key does not verify: it was altered, inserted or removed */
        ALTERED,
        /** the chain verifies by itself but differs from a signed checkpoint: it was re-computed */
        CHECKPOINT_MISMATCH,
        /** records that a checkpoint or the chain head vouch for are gone: the end was removed */
        MISSING_RECORDS
    }

    /** A signed checkpoint of the chain head, as read from the checkpoint folder. */
    public record TrustedCheckpoint(long sequence, String hash, String keyId, Instant createdAt, String file) {}
}
