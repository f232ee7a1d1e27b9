package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry;
import cn.ecozone.audit.AuditQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log as an .xlsx workbook (issue 14 §5, §6): the records a search finds, newest first,
 * each with its description and its raw request. Read page by page by sequence (200 records, their names in
 * one statement per page; records appended meanwhile are left out, none repeats), counted once and streamed (200 rows in memory), up to {@link #MAX_ROWS}; the sheet 说明 says
 * the filters, the count and whether the list was cut.
 */
@Component
class AuditExport {

    /** Past this many records the export stops and says so; narrow the time range for the rest. */
    static final int MAX_ROWS = 100_000;

    private static final int PAGE = 200;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));
    private static final List<String> COLUMNS = List.of(
            "sequence",
            "time",
            "user",
            "role",
            "organization",
            "region",
            "description",
            "request",
            "path",
            "target",
            "outcome",
            "status",
            "client",
            "reason");

    private final AuditLog log;
    private final AuditDescriptions descriptions;
    private final MessageSource messages;

    AuditExport(AuditLog log, AuditDescriptions descriptions, MessageSource messages) {
        this.log = log;
        this.descriptions = descriptions;
        this.messages = messages;
    }

    /** Writes the records matching {@code query} to {@code out} in {@code locale}. */
    void write(AuditQuery query, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(PAGE)) {
            workbook.setCompressTempFiles(true);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            SXSSFSheet sheet = workbook.createSheet(text("audit.export.sheet", locale));
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(text("audit.export.column." + COLUMNS.get(i), locale));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int written = 0;
            long upTo = -1;
            long before = Long.MAX_VALUE;
            while (written < MAX_ROWS) {
                List<AuditEntry> found = log.before(query, before, PAGE);
                if (found.isEmpty()) {
                    break;
                }
                if (upTo < 0) {
                    upTo = found.getFirst().sequence();
                }
                for (AuditEntry e : descriptions.describe(found, locale)) {
                    if (written >= MAX_ROWS) {
                        break;
                    }
                    row(sheet.createRow(++written), e, locale);
                }
                before = found.getLast().sequence();
                if (found.size() < PAGE) {
                    break;
                }
            }
            long total = upTo < 0 ? 0 : log.countUpTo(query, upTo);
            SXSSFSheet about = workbook.createSheet(text("audit.export.about", locale));
            about.createRow(0)
                    .createCell(0)
                    .setCellValue(messages.getMessage(
                            written < total ? "audit.export.cut" : "audit.export.count",
                            new Object[] {Integer.toString(written), Long.toString(total)},
                            locale));
            about.createRow(1)
                    .createCell(0)
                    .setCellValue(messages.getMessage(
                            "audit.export.filters",
                            new Object[] {
                                text(query.username()),
                                text(query.action()),
                                query.from() == null ? "" : TIME.format(query.from()),
                                query.to() == null ? "" : TIME.format(query.to()),
                                text(query.q())
                            },
                            locale));
            workbook.write(out);
            workbook.dispose();
        }
    }

    private void row(Row row, AuditEntry e, Locale locale) {
        Object[] values = {
            e.sequence(),
            TIME.format(e.occurredAt()),
            e.username(),
            e.role() == null ? null : messages.getMessage("audit.export.role." + e.role(), null, e.role(), locale),
            e.organization(),
            e.regionCode(),
            e.description(),
            e.action(),
            e.requestPath(),
            e.target(),
            messages.getMessage(
                    "audit.export.outcome." + e.outcome().name(),
                    null,
                    e.outcome().name(),
                    locale),
            e.status(),
            e.clientAddress(),
            e.reason()
        };
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
