package cn.ecozone.registry;

/** What one exclusion check answers. */
public enum ExclusionOutcome {
    /** A record in the window meets the exclusion: the subject may not apply (不得申报). */
    EXCLUDED,
    /** No record in the window meets it. */
    CLEAR,
    /**
     * The platform cannot decide: a threshold the province has not set yet, or a record lacking what the
     * check needs. Shown amber with the figures; does not block by itself.
     */
    NEEDS_JUDGEMENT
}
