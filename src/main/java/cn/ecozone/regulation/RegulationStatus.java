package cn.ecozone.regulation;

/** Whether a regulation version is shown to the public. Drafts are visible only to those who manage regulations ({@link RegulationManagement#DRAFT_READERS}). */
public enum RegulationStatus {
    DRAFT,
    PUBLISHED
}
