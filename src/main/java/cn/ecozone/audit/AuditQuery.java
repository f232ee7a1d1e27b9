package cn.ecozone.audit;

import cn.ecozone.shared.ExportFilters;
import java.time.Instant;

/**
 * What the audit log is searched for (issue 14 §6); every part optional. Text filters match literally
 * and case-insensitively ({@code %} and {@code _} are no wildcards).
 *
 * @param username the record's user contains it
 * @param action the recorded request or event (e.g. {@code POST /api/plans/{id}/{action}}) contains it
 * @param q free text: the user, organization, request, concrete path, target or reason contains it
 * @param from records at or after it, or {@code null}
 * @param to records before it, or {@code null}
 */
public record AuditQuery(String username, String action, String q, Instant from, Instant to) {

    /** No filter: every record. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    /**
     * The filters as the audit record of an export names them; {@code from} and {@code to} as the reader
     * gave them (dates), not as instants.
     */
    public ExportFilters exportFilters(Object fromAsGiven, Object toAsGiven) {
        return ExportFilters.none()
                .with("username", username)
                .with("action", action)
                .with("q", q)
                .with("from", fromAsGiven)
                .with("to", toAsGiven);
    }
}
