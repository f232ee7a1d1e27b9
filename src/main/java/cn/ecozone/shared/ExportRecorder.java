package cn.ecozone.shared;

/**
 * Records that a list is being exported, with its filters, before any byte of the workbook leaves
 * (issue 14 §5: a bulk read is audited as the audit log's own export is). The audit module implements
 * it; an export goes through {@link cn.ecozone.shared.web.WorkbookExports}, which calls it in the
 * exporting request. If the record cannot be written, the call throws and the export is not sent.
 */
public interface ExportRecorder {

    /**
     * @param target what is exported, e.g. {@code Plan:export}
     * @param filters the filters the endpoint declares, e.g. {@code state=FILED; year=2025}
     */
    void recordExport(String target, ExportFilters filters);
}
