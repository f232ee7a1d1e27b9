package cn.ecozone.procedure;

/**
 * Narrows the inbox.
 *
 * @param subjectType only tasks of runs of this subject type, or {@code null} for all
 * @param overdueOnly only tasks past their due date
 */
public record InboxFilter(String subjectType, boolean overdueOnly) {

    public static InboxFilter all() {
        return new InboxFilter(null, false);
    }
}
