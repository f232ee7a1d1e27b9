package cn.ecozone.procedure;

/**
 * Narrows the inbox.
 *
 * @param subjectType only tasks of runs of this subject type, or {@code null} for all
 * @param overdueOnly only tasks past their due date
 * @param keyword only tasks whose subject title contains it (case-insensitive), or {@code null}
 */
public record InboxFilter(String subjectType, boolean overdueOnly, String keyword) {

    public InboxFilter(String subjectType, boolean overdueOnly) {
        this(subjectType, overdueOnly, null);
    }

    public static InboxFilter all() {
        return new InboxFilter(null, false);
    }
}
