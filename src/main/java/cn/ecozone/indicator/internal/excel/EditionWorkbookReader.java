package cn.ecozone.indicator.internal.excel;

import static cn.ecozone.indicator.internal.excel.EditionSheets.COLUMNS;
import static cn.ecozone.indicator.internal.excel.EditionSheets.ITEMS;

import cn.ecozone.indicator.EditionHeader;
import cn.ecozone.indicator.IndicatorInput;
import cn.ecozone.shared.ApiException.FieldError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an edition workbook written by {@link EditionWorkbookWriter} (or filled in from its blank
 * template) into a header and indicator inputs. Every cell that cannot be read is reported with its
 * sheet, row and column; the semantic checks run afterwards on the inputs, and {@link #locate} turns
 * their field names back into sheet, row and column. Precondition: the file passed the content checks
 * of {@link UploadedWorkbooks}.
 */
@Component
public class EditionWorkbookReader {

    /** More indicator rows than any indicator system has; a guard against a runaway sheet. */
    static final int MAX_INDICATORS = 1000;

    private final JsonMapper json;

    EditionWorkbookReader(JsonMapper json) {
        this.json = json;
    }

    /** What was read: {@code rows.get(i)} is the sheet row (1-based) of indicator {@code i}. */
    public record Parsed(
            EditionHeader header, List<IndicatorInput> indicators, List<Integer> rows, List<FieldError> errors) {}

    public Parsed read(Path file) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            List<FieldError> errors = new ArrayList<>();
            Sheet items = workbook.getSheet(EditionSheets.HEADER_SHEET);
            Sheet indicators = workbook.getSheet(EditionSheets.INDICATOR_SHEET);
            if (items == null || indicators == null) {
                errors.add(new FieldError("file", "error.indicator.edition.workbook.sheets", new Object[] {
                    EditionSheets.HEADER_SHEET, EditionSheets.INDICATOR_SHEET
                }));
                return new Parsed(null, List.of(), List.of(), errors);
            }
            EditionHeader header = header(items, errors);
            List<IndicatorInput> inputs = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            readIndicators(indicators, inputs, rows, errors);
            return new Parsed(header, inputs, rows, errors);
        } catch (InvalidFormatException | org.apache.poi.ooxml.POIXMLException e) {
            return new Parsed(
                    null,
                    List.of(),
                    List.of(),
                    List.of(new FieldError("file", "error.indicator.excel.file.not-xlsx", new Object[0])));
        }
    }

    private EditionHeader header(Sheet sheet, List<FieldError> errors) {
        Map<String, Integer> rowOf = new HashMap<>();
        for (Row row : sheet) {
            String label = EditionCells.text(row.getCell(0));
            if (label != null) {
                rowOf.put(label, row.getRowNum());
            }
        }
        EditionCells cells = new EditionCells(EditionSheets.HEADER_SHEET, errors, json);
        Map<String, Object> v = new HashMap<>();
        for (Map.Entry<String, String> item : ITEMS) {
            Integer r = rowOf.get(item.getValue());
            cells.at(r == null ? null : sheet.getRow(r), r == null ? 0 : r + 1, item.getValue(), 1);
            v.put(item.getKey(), cells.read(item.getKey()));
        }
        return new EditionHeader(
                (String) v.get("code"),
                (Integer) v.get("version"),
                (String) v.get("titleZh"),
                (String) v.get("titleEn"),
                (String) v.get("issuerZh"),
                (String) v.get("documentZh"),
                (java.time.LocalDate) v.get("issued"),
                (Boolean) v.get("issuedUncertain"),
                (String) v.get("source"),
                (Boolean) v.get("complete"),
                cast(v.get("levels")),
                (String) v.get("province"),
                (Integer) v.get("firstYear"),
                (Integer) v.get("lastYear"),
                (String) v.get("scoreMethod"),
                (String) v.get("scoreNoteZh"),
                (String) v.get("scoreNoteEn"));
    }

    private void readIndicators(Sheet sheet, List<IndicatorInput> inputs, List<Integer> rows, List<FieldError> errors) {
        Row head = sheet.getRow(0);
        Map<String, Integer> columnOf = new HashMap<>();
        if (head != null) {
            for (int c = 0; c < head.getLastCellNum(); c++) {
                String label = EditionCells.text(head.getCell(c));
                if (label != null) {
                    columnOf.put(label.replace("*", "").strip(), c);
                }
            }
        }
        for (Map.Entry<String, String> column : COLUMNS) {
            if (!columnOf.containsKey(column.getValue()) && !EditionSheets.OPTIONAL_COLUMNS.contains(column.getKey())) {
                errors.add(EditionCells.error(
                        EditionSheets.INDICATOR_SHEET,
                        1,
                        column.getValue(),
                        "error.indicator.edition.workbook.column"));
            }
        }
        if (!errors.isEmpty()) {
            return;
        }
        EditionCells cells = new EditionCells(EditionSheets.INDICATOR_SHEET, errors, json);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (EditionCells.blank(row)) {
                continue;
            }
            if (inputs.size() == MAX_INDICATORS) {
                errors.add(EditionCells.error(
                        EditionSheets.INDICATOR_SHEET,
                        r + 1,
                        "",
                        "error.indicator.edition.workbook.too-many",
                        MAX_INDICATORS));
                return;
            }
            Map<String, Object> v = new HashMap<>();
            for (Map.Entry<String, String> column : COLUMNS) {
                cells.at(row, r + 1, column.getValue(), columnOf.get(column.getValue()));
                v.put(column.getKey(), cells.read(column.getKey()));
            }
            inputs.add(input(v));
            rows.add(r + 1);
        }
    }

    @SuppressWarnings("unchecked")
    private static IndicatorInput input(Map<String, Object> v) {
        Map<String, Object> target = new LinkedHashMap<>();
        if (v.get("target") instanceof Map<?, ?> rest) {
            target.putAll((Map<String, Object>) rest);
        }
        if (v.get("target.kind") != null) {
            target.put("kind", v.get("target.kind"));
        }
        if (v.get("target.value") instanceof Double value) {
            // a whole number stays whole, so that a spec round-trips unchanged (60, not 60.0)
            target.put(
                    "value", value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) value.longValue() : value);
        }
        if (v.get("target.byYear") != null) {
            target.put("byYear", v.get("target.byYear"));
        }
        return new IndicatorInput(
                (String) v.get("code"),
                (Integer) v.get("number"),
                (String) v.get("groupPath"),
                (String) v.get("nameZh"),
                (String) v.get("nameEn"),
                (String) v.get("unit"),
                (cn.ecozone.indicator.ValueType) v.get("valueType"),
                (cn.ecozone.indicator.Binding) v.get("binding"),
                (String) v.get("definitionZh"),
                cast(v.get("applyLevels")),
                cast(v.get("applyTerrains")),
                (Boolean) v.get("grassland"),
                (Boolean) v.get("coastal"),
                (String) v.get("targetTextZh"),
                target.isEmpty() ? null : target,
                (Boolean) v.get("uncertain"),
                (Double) v.get("weight"),
                (String) v.get("source"),
                cast(v.get("grades")),
                (Double) v.get("rangeMin"), // both blank or both columns absent: the derived range applies
                (Double) v.get("rangeMax"),
                (Boolean) v.get("environmentalQuality"));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object list) {
        return list == null ? List.of() : (List<T>) list;
    }

    /**
     * The workbook location of a field error of the semantic checks: {@code titleZh} is an item of
     * the header sheet, {@code indicators[i].nameZh} a cell of the indicator sheet.
     */
    public static FieldError locate(FieldError error, List<Integer> rows) {
        String field = error.field();
        Object inner = new DefaultMessageSourceResolvable(new String[] {error.messageKey()}, error.args());
        if (field.startsWith("indicators[")) {
            int i = Integer.parseInt(field.substring("indicators[".length(), field.indexOf(']')));
            String name = field.substring(field.indexOf("].") + 2);
            String label = EditionSheets.label(COLUMNS, name.equals("target") ? "target.kind" : name);
            return EditionCells.located(EditionSheets.INDICATOR_SHEET, rows.get(i), label, inner);
        }
        int item = ITEMS.stream().map(Map.Entry::getKey).toList().indexOf(field);
        return EditionCells.located(EditionSheets.HEADER_SHEET, item + 2, EditionSheets.label(ITEMS, field), inner);
    }
}
