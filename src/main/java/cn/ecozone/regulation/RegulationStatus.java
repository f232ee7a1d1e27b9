package cn.ecozone.regulation;

/** Whether a regulation version is shown to the public. Drafts are visible to logged-in users only. */
public enum RegulationStatus {
    DRAFT,
    PUBLISHED
}
