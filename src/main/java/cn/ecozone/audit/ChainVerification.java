package cn.ecozone.audit;

/** The result of re-computing the audit chain: intact, or the first record whose link is broken. */
public record ChainVerification(boolean intact, long checked, Long firstBrokenSequence) {}
