package cn.ecozone.indicator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds and reads small workbooks for the Excel tests, with POI's in-memory model. */
final class ExcelTestWorkbooks {

    static final List<String> HEADERS =
            List.of("行政区划代码", "行政区划名称", "年度", "指标编号", "指标名称", "单位", "目标值（参考）", "数值", "是/否", "数据来源", "备注");

    private ExcelTestWorkbooks() {}

    /** A workbook with one sheet 指标数值: the template header, then the rows (null cells stay empty). */
    static byte[] workbook(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("指标数值");
            write(sheet.createRow(0), new ArrayList<>(HEADERS));
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One data row in template order: region, year, indicator, value, flag, source. */
    static List<Object> row(String region, Object year, String indicator, Object value, Object flag, String source) {
        List<Object> row = new ArrayList<>();
        row.add(region);
        row.add(null);
        row.add(year);
        row.add(indicator);
        row.add(null);
        row.add(null);
        row.add(null);
        row.add(value);
        row.add(flag);
        row.add(source);
        row.add(null);
        return row;
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet's rows as the cells' shown text. */
    static List<List<String>> texts(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : format.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The header's column index of each header text. */
    static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new java.util.HashMap<>();
        Row header = sheet.getRow(0);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            columns.put(header.getCell(c).getStringCellValue(), c);
        }
        return columns;
    }

    private static void write(Row row, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            switch (value) {
                case Number n -> cell.setCellValue(n.doubleValue());
                case Boolean b -> cell.setCellValue(b);
                default -> cell.setCellValue(value.toString());
            }
        }
    }
}
