package cn.ecozone.shared;

/**
 * Records that a list is being exported, with its filters, before any byte of the workbook leaves
 * (issue 14 §5: a bulk read is audited as the audit log's own export is). The audit module implements
 * it; a module that exports a list calls it in the exporting request. If the record cannot be
 * written, the call throws and the export must not be sent.
 */
public interface ExportRecorder {

    /**
     * @param target what is exported, e.g. {@code Plan:export}
     * @param filters the filters as the request gave them, e.g. {@code state=FILED; year=2025}
     */
    void recordExport(String target, String filters);

    /**
     * The request's parameters as an export's filters, {@code name=value; name=value} by name (several
     * values of one name joined by commas), e.g. for an export whose filters have no description of
     * their own; empty parameters are left out.
     */
    static String describe(java.util.Map<String, String[]> parameters) {
        return new java.util.TreeMap<>(parameters)
                .entrySet().stream()
                        .filter(e -> e.getValue() != null
                                && java.util.Arrays.stream(e.getValue()).anyMatch(v -> v != null && !v.isBlank()))
                        .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                        .collect(java.util.stream.Collectors.joining("; "));
    }
}
