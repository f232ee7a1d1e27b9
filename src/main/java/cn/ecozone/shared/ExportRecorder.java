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
}
