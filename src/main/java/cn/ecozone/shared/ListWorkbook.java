package cn.ecozone.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An exported list as an .xlsx workbook (the candidate pool, the key project library): one sheet of
 * rows under a bold, frozen header with an auto filter, and a sheet 说明 saying when, by whom and how
 * much was exported. Streamed (200 rows in memory), so a long list does not fill the heap.
 */
public final class ListWorkbook {

    /** How exports show a moment: Beijing time to the minute. */
    public static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private ListWorkbook() {}

    /**
     * One sheet of a workbook: rows under a bold, frozen header with an auto filter.
     *
     * @param cells one row's cells in header order: each a {@link String}, a {@link Number} or
     *     {@code null} (left empty)
     */
    public record Sheet<T>(String name, List<String> headers, List<T> rows, Function<T, List<Object>> cells) {}

    /**
     * Writes the workbook to {@code out}.
     *
     * @param cells one row's cells in header order: each a {@link String}, a {@link Number} or
     *     {@code null} (left empty)
     * @param about the lines of the sheet 说明, one per row
     */
    public static <T> void write(
            String sheetName,
            List<String> headers,
            List<T> rows,
            Function<T, List<Object>> cells,
            List<String> about,
            OutputStream out)
            throws IOException {
        write(List.of(new Sheet<>(sheetName, headers, rows, cells)), about, out);
    }

    /**
     * Writes a workbook of several sheets (e.g. a summary's values and results), then the sheet 说明,
     * to {@code out}. Precondition: the sheet names are distinct and none is 说明.
     */
    public static void write(List<Sheet<?>> sheets, List<String> about, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (Sheet<?> sheet : sheets) {
                sheet(workbook, header, sheet);
            }
            SXSSFSheet sheetAbout = workbook.createSheet("说明");
            for (int i = 0; i < about.size(); i++) {
                cell(sheetAbout.createRow(i), 0, about.get(i));
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static <T> void sheet(SXSSFWorkbook workbook, CellStyle header, Sheet<T> data) {
        List<String> headers = data.headers();
        SXSSFSheet sheet = workbook.createSheet(data.name());
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.max(12, headers.get(i).length() * 2 + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (T item : data.rows()) {
            Row row = sheet.createRow(r++);
            List<Object> values = data.cells().apply(item);
            for (int c = 0; c < values.size(); c++) {
                cell(row, c, values.get(c));
            }
        }
        if (r > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, headers.size() - 1));
        }
    }

    /** The line of the sheet 说明 that counts the rows, and says when the list was cut. */
    public static String count(String label, String unit, int written, long total) {
        return label + "：" + written
                + (total > written ? "（共 " + total + " " + unit + "，仅导出前 " + written + " " + unit + "）" : "");
    }

    private static void cell(Row row, int c, Object value) {
        switch (value) {
            case null -> {}
            case String s -> row.createCell(c).setCellValue(s);
            case Number n -> row.createCell(c).setCellValue(n.doubleValue());
            default -> throw new IllegalArgumentException("a cell is a String or a Number: " + value.getClass());
        }
    }
}
