package cn.ecozone.procedure;

import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.ExportFilters;

/**
 * Narrows the inbox (issue 14 §6); every part optional.
 *
 * @param subjectType only tasks of runs of this subject type, or {@code null} for all
 * @param overdueOnly only tasks past their due date (the same as {@code due} {@link Due#OVERDUE})
 * @param keyword only tasks whose subject title, or the name of whose subject's region, contains it
 *     (case-insensitive, {@code %} and {@code _} literal), or {@code null}
 * @param stepKind only tasks of steps of this kind, or {@code null}
 * @param programme only runs under a regulation of this programme, or {@code null}
 * @param regulationCode only runs under this regulation (e.g. {@code IM-ECOCIV-2022}), or {@code null}
 * @param regionCode only subjects in this region or below it (inside the actor's scope), or {@code null}
 * @param due only tasks whose deadline is in this band, or {@code null}
 * @param sort a key of the inbox's sort whitelist (due, opened, title, region, kind, type), {@code -}
 *     before it for descending; {@code null}: the earliest due first, tasks without a period last
 */
public record InboxFilter(
        String subjectType,
        boolean overdueOnly,
        String keyword,
        StepKind stepKind,
        Programme programme,
        String regulationCode,
        String regionCode,
        Due due,
        String sort) {

    /** Where a task's deadline stands today (Asia/Shanghai). */
    public enum Due {
        /** Past its due date. */
        OVERDUE,
        /** Due today or within the next {@value InboxFilter#SOON_DAYS} calendar days. */
        SOON,
        /** The step has no period. */
        NONE
    }

    /** The calendar days ahead that {@link Due#SOON} covers, as the inbox's amber deadline tag does. */
    public static final int SOON_DAYS = 7;

    public InboxFilter(String subjectType, boolean overdueOnly, String keyword) {
        this(subjectType, overdueOnly, keyword, null, null, null, null, null, null);
    }

    public InboxFilter(String subjectType, boolean overdueOnly) {
        this(subjectType, overdueOnly, null);
    }

    public static InboxFilter all() {
        return new InboxFilter(null, false);
    }

    /** The band asked for: {@code due}, or {@link Due#OVERDUE} for {@code overdueOnly}. */
    public Due dueBand() {
        return due != null ? due : overdueOnly ? Due.OVERDUE : null;
    }

    /** The filters as the audit record of an export names them. */
    public ExportFilters exportFilters() {
        return ExportFilters.none()
                .with("subjectType", subjectType)
                .with("stepKind", stepKind)
                .with("programme", programme)
                .with("regulation", regulationCode)
                .with("regionCode", regionCode)
                .with("due", dueBand())
                .with("q", keyword)
                .with("sort", sort);
    }
}
