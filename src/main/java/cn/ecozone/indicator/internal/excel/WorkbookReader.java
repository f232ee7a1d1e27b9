package cn.ecozone.indicator.internal.excel;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams the data sheets of an uploaded workbook with fastexcel-reader: a sheet is a data sheet
 * when its first row holds the template header (行政区划代码 …). Other sheets, such as the
 * template's 填写说明, are ignored. Memory stays flat however long the sheet.
 */
final class WorkbookReader implements Closeable {

    /** The columns whose content makes a row a data row; other columns are for the reader only. */
    private static final List<ExcelColumn> INPUT = List.of(
            ExcelColumn.REGION_CODE,
            ExcelColumn.YEAR,
            ExcelColumn.INDICATOR_CODE,
            ExcelColumn.VALUE,
            ExcelColumn.FLAG,
            ExcelColumn.SOURCE,
            ExcelColumn.NOTE);

    private final ReadableWorkbook workbook;

    WorkbookReader(Path file) throws IOException {
        // cell formats on: a percentage-formatted cell holds 0.95 for 95%
        this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    }

    /** A sheet with the template header; {@code columns} maps each column found to its index. */
    record DataSheet(Sheet sheet, String name, int headerRow, Map<ExcelColumn, Integer> columns) {

        ExcelColumn.Ref ref(ExcelColumn column) {
            Integer index = columns.get(column);
            return new ExcelColumn.Ref(index == null ? null : ExcelColumn.letter(index), column.header());
        }

        Integer index(ExcelColumn column) {
            return columns.get(column);
        }

        /** Whether the row has anything in an input column. */
        boolean hasContent(Row row) {
            for (ExcelColumn column : INPUT) {
                if (Cells.text(row, columns.get(column)) != null) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The data sheets. A data sheet that lacks a required column is reported in {@code errors} and
     * left out; a workbook without any data sheet gets one error.
     */
    List<DataSheet> dataSheets(List<RowError> errors) throws IOException {
        List<DataSheet> found = new ArrayList<>();
        String firstSheet = null;
        for (Sheet sheet : workbook.getSheets().toList()) {
            firstSheet = firstSheet == null ? sheet.getName() : firstSheet;
            Row header;
            try (Stream<Row> rows = sheet.openStream()) {
                header = rows.findFirst().orElse(null);
            }
            if (header == null) {
                continue;
            }
            Map<String, Integer> byText = new HashMap<>();
            for (int i = 0; i < header.getCellCount(); i++) {
                String text = Cells.text(header, i);
                if (text != null) {
                    byText.putIfAbsent(text, i);
                }
            }
            if (!byText.containsKey(ExcelColumn.REGION_CODE.header())) {
                continue;
            }
            Map<ExcelColumn, Integer> columns = new EnumMap<>(ExcelColumn.class);
            for (ExcelColumn column : ExcelColumn.values()) {
                Integer index = byText.get(column.header());
                if (index != null) {
                    columns.put(column, index);
                } else if (column.required()) {
                    errors.add(RowError.of(
                            sheet.getName(), header.getRowNum(), null, "excel.error.header.missing", column.header()));
                }
            }
            if (columns.keySet().stream().filter(ExcelColumn::required).count()
                    == java.util.Arrays.stream(ExcelColumn.values())
                            .filter(ExcelColumn::required)
                            .count()) {
                found.add(new DataSheet(sheet, sheet.getName(), header.getRowNum(), columns));
            }
        }
        if (found.isEmpty() && errors.isEmpty()) {
            errors.add(RowError.of(firstSheet, 1, null, "excel.error.no-data-sheet"));
        }
        return found;
    }

    /** The number of data rows (rows below the header with content in an input column). */
    int count(DataSheet sheet) throws IOException {
        int[] count = {0};
        forEachRow(sheet, row -> count[0]++);
        return count[0];
    }

    /** Streams the data rows below the header, skipping rows without content in an input column. */
    void forEachRow(DataSheet sheet, Consumer<Row> action) throws IOException {
        try (Stream<Row> rows = sheet.sheet().openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                if (row.getRowNum() > sheet.headerRow() && sheet.hasContent(row)) {
                    action.accept(row);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
