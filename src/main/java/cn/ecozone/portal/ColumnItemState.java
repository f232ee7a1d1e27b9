package cn.ecozone.portal;

/**
 * Where a column item stands on its way to the public (先审后发, issue 14 §7): drafted, submitted for approval,
 * returned with a reason, approved, published, or withdrawn. Only a published item is public.
 */
public enum ColumnItemState {
    DRAFT,
    PENDING,
    RETURNED,
    APPROVED,
    PUBLISHED,
    WITHDRAWN;

    /** Whether the drafter's organization may still change the text and the files. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
