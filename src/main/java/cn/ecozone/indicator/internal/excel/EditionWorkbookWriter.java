package cn.ecozone.indicator.internal.excel;

import static cn.ecozone.indicator.internal.excel.EditionSheets.COLUMNS;
import static cn.ecozone.indicator.internal.excel.EditionSheets.ITEMS;

import cn.ecozone.indicator.EditionView;
import cn.ecozone.indicator.IndicatorInput;
import cn.ecozone.indicator.target.TargetSpecs;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an edition as a workbook that {@link EditionWorkbookReader} reads back unchanged: the header
 * items, one row per indicator, and instructions listing every target kind. Without an edition it
 * writes the blank template. Editions are small, so the whole workbook is built in memory.
 */
@Component
public class EditionWorkbookWriter {

    private static final int VALIDATED_ROWS = 2000;

    private final JsonMapper json;

    EditionWorkbookWriter(JsonMapper json) {
        this.json = json;
    }

    /** Writes {@code edition}, or the blank template when it is null. */
    public void write(EditionView edition, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ExcelStyles styles = new ExcelStyles(workbook);
            headerSheet(workbook.createSheet(EditionSheets.HEADER_SHEET), styles, edition);
            indicatorSheet(workbook.createSheet(EditionSheets.INDICATOR_SHEET), styles, edition);
            helpSheet(workbook.createSheet(EditionSheets.HELP_SHEET), styles);
            workbook.write(out);
        }
    }

    private void headerSheet(Sheet sheet, ExcelStyles styles, EditionView edition) {
        text(sheet.createRow(0), 0, "项目", styles.header);
        text(sheet.getRow(0), 1, "内容", styles.header);
        Map<String, String> values = edition == null ? Map.of() : headerValues(edition);
        for (int i = 0; i < ITEMS.size(); i++) {
            Row row = sheet.createRow(i + 1);
            text(row, 0, ITEMS.get(i).getValue(), styles.info);
            text(row, 1, values.get(ITEMS.get(i).getKey()), styles.input);
        }
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    private static Map<String, String> headerValues(EditionView e) {
        var h = e.header();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("code", h.code());
        v.put("version", String.valueOf(h.version()));
        v.put("titleZh", h.titleZh());
        v.put("titleEn", h.titleEn());
        v.put("issuerZh", h.issuerZh());
        v.put("documentZh", h.documentZh());
        v.put("issued", h.issued() == null ? null : h.issued().toString());
        v.put("issuedUncertain", yesNo(h.issuedUncertain()));
        v.put("source", h.source());
        v.put("complete", yesNo(h.complete()));
        v.put(
                "levels",
                joined(h.levels().stream().map(EditionSheets.LEVELS::get).toList()));
        v.put("province", h.province());
        v.put("firstYear", String.valueOf(h.firstYear()));
        v.put("lastYear", String.valueOf(h.lastYear()));
        v.put("scoreMethod", EditionSheets.SCORE_METHODS.get(h.scoreMethod()));
        v.put("scoreNoteZh", h.scoreNoteZh());
        v.put("scoreNoteEn", h.scoreNoteEn());
        return v;
    }

    private void indicatorSheet(Sheet sheet, ExcelStyles styles, EditionView edition) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            text(header, c, COLUMNS.get(c).getValue(), styles.header);
            sheet.setColumnWidth(c, (c == 3 || c == 13 || c == 17 ? 30 : 12) * 256);
        }
        sheet.createFreezePane(1, 1);
        List<IndicatorInput> indicators = edition == null ? List.of() : edition.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Row row = sheet.createRow(i + 1);
            Map<String, String> values = indicatorValues(indicators.get(i));
            for (int c = 0; c < COLUMNS.size(); c++) {
                text(row, c, values.get(COLUMNS.get(c).getKey()), styles.input);
            }
        }
        choices(sheet, "valueType", EditionSheets.VALUE_TYPES.values());
        choices(sheet, "binding", EditionSheets.BINDINGS.values());
        choices(sheet, "target.kind", TargetSpecs.kinds());
        for (String field : List.of("grassland", "coastal", "uncertain", "environmentalQuality")) {
            choices(sheet, field, List.of(EditionSheets.YES, EditionSheets.NO));
        }
    }

    private Map<String, String> indicatorValues(IndicatorInput in) {
        Map<String, Object> rest = new LinkedHashMap<>(in.target());
        Map<String, String> v = new LinkedHashMap<>();
        v.put("code", in.code());
        v.put("number", in.number() == null ? null : in.number().toString());
        v.put("groupPath", in.groupPath());
        v.put("nameZh", in.nameZh());
        v.put("nameEn", in.nameEn());
        v.put("unit", in.unit());
        v.put("valueType", EditionSheets.VALUE_TYPES.get(in.valueType()));
        v.put("binding", EditionSheets.BINDINGS.get(in.binding()));
        v.put("definitionZh", in.definitionZh());
        v.put(
                "applyLevels",
                joined(in.applyLevels().stream().map(EditionSheets.LEVELS::get).toList()));
        v.put(
                "applyTerrains",
                joined(in.applyTerrains().stream()
                        .map(EditionSheets.TERRAINS::get)
                        .toList()));
        v.put("grassland", in.grassland() == null ? null : yesNo(in.grassland()));
        v.put("coastal", in.coastal() == null ? null : yesNo(in.coastal()));
        v.put("targetTextZh", in.targetTextZh());
        v.put("target.kind", String.valueOf(rest.remove("kind")));
        v.put("target.value", plain(rest, "value"));
        v.put("target.byYear", plain(rest, "byYear"));
        v.put("target", rest.isEmpty() ? null : json.writeValueAsString(rest));
        v.put("grades", joined(in.grades()));
        v.put("weight", in.weight() == null ? null : plain(in.weight()));
        v.put("rangeMin", in.rangeMin() == null ? null : plain(in.rangeMin()));
        v.put("rangeMax", in.rangeMax() == null ? null : plain(in.rangeMax()));
        v.put("uncertain", in.uncertain() ? EditionSheets.YES : null);
        v.put("environmentalQuality", Boolean.TRUE.equals(in.environmentalQuality()) ? EditionSheets.YES : null);
        v.put("source", in.source());
        return v;
    }

    /** Takes a plain number out of the spec for its own column; anything else stays in the JSON. */
    private static String plain(Map<String, Object> spec, String key) {
        if (spec.get(key) instanceof Number n) {
            spec.remove(key);
            return plain(n.doubleValue());
        }
        return null;
    }

    static String plain(double number) {
        return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private void helpSheet(Sheet sheet, ExcelStyles styles) {
        String[] lines = {
            "填写说明",
            "1. 「版本信息」填写版本编号（大写字母、数字和连字符）、名称、适用层级（省级、地级、县级、乡级，以顿号分隔）、起止年度和计分方法（达标率或加权计分）；「适用省份」填写本省行政区划代码（如 520000）表示只适用于本省，留空表示全国适用。",
            "2. 「指标」每行一个指标；列可调整顺序，但列标题不可修改。带 * 的列为必填：指标编号、分组、指标名称、值类型、指标属性、目标原文、目标类型。",
            "3. 分组以「 / 」分隔层级，如：目标一 / 生态环境质量。",
            "4. 值类型：数值、百分比、是否、等级；等级类指标须在「等级（由优到差）」列填写至少两个等级，如：优、良、中、差。「取值下限」「取值上限」为填报数值（含分项）的允许范围，须同时填写或同时留空；留空时百分比为 0 至 100，其他数值为 0 至 10¹²。",
            "5. 目标类型填写下表中的代码；比较类目标在「目标值」列填写阈值，可在「目标年份」填写目标年份；其他参数以 JSON 填写，如 {\"higherIsBetter\": false}。",
            "6. 按地形分档：{\"thresholds\": {\"山区\": {\"kind\": \"AT_LEAST\", \"value\": 60}, \"平原区\": {\"kind\": \"AT_LEAST\", \"value\": 18}}}。",
            "7. 导入时逐行检查，所有错误一次列出（工作表、行、列和原因）；有任何错误则不保存。导入后为草稿，发布后冻结。",
            "",
            "目标类型代码 | 含义 | 参数"
        };
        int r = 0;
        for (String line : lines) {
            text(sheet.createRow(r++), 0, line, r == 1 ? styles.title : styles.wrap);
        }
        for (String kind : TargetSpecs.kinds()) {
            Row row = sheet.createRow(r++);
            text(row, 0, kind, null);
            text(row, 1, TargetSpecs.name(kind).render(Locale.CHINA), null);
            text(row, 2, String.join(", ", TargetSpecs.parameters(kind)), null);
        }
        sheet.setColumnWidth(0, 100 * 256);
    }

    private static void choices(Sheet sheet, String field, Collection<String> options) {
        int column = COLUMNS.stream().map(Map.Entry::getKey).toList().indexOf(field);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        var validation = helper.createValidation(
                helper.createExplicitListConstraint(options.toArray(String[]::new)),
                new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }

    private static void text(Row row, int column, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String yesNo(boolean value) {
        return value ? EditionSheets.YES : EditionSheets.NO;
    }

    private static String joined(List<String> items) {
        return items.isEmpty() ? null : items.stream().collect(Collectors.joining("、"));
    }
}
