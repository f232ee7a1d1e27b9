package cn.ecozone.dossier;

/** Where a dossier stands; it mirrors its run on the procedure engine. */
public enum DossierState {
    /** With the subject, never submitted. */
    DRAFT,
    /** On its chain: a receiver's step waits. */
    SUBMITTED,
    /** Sent back to the subject with a reason; editable again. */
    RETURNED,
    /** Taken back by the subject before the receiver acted; editable again. */
    WITHDRAWN,
    /** Its chain finished. */
    ACCEPTED;

    /** Whether the subject may change materials and answers. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED || this == WITHDRAWN;
    }
}
