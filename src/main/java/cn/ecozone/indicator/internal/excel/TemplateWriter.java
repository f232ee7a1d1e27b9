package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.SubmissionState;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.region.Region;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the value template: one row per region × year × indicator applicable to the region (one
 * row per part for indicators measured in parts), prefilled with the values held, with units and
 * target hints, a 是/否 list and a number check on the input columns, and a sheet of instructions.
 * Streams with POI's SXSSF, so that large templates need little memory.
 */
@Component
public class TemplateWriter {

    /** The sheet with the values; an import reads every sheet with this header, whatever its name. */
    public static final String DATA_SHEET = "指标数值";

    private final JsonMapper json;

    TemplateWriter(JsonMapper json) {
        this.json = json;
    }

    /** What is held for one region and year. */
    public record YearData(SubmissionState state, Map<String, ValueEntity> values) {}

    /** Reads the held data of a region and year, as the template is written. */
    @FunctionalInterface
    public interface Held {
        YearData of(Region region, int year);
    }

    /** The rows a template for these regions and years would have. */
    public static long rows(EditionModel model, List<Region> regions, List<Integer> years) {
        long rows = 0;
        for (Region region : regions) {
            for (EditionModel.Row row : model.rows()) {
                if (applies(row, region)) {
                    ValueShape shape = ValueShape.of(row);
                    rows += (shape.ownRow() ? 1 : 0) + shape.parts().size();
                }
            }
        }
        return rows * years.size();
    }

    public void write(EditionModel model, List<Region> regions, List<Integer> years, Held held, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            ExcelStyles styles = new ExcelStyles(workbook);
            SXSSFSheet sheet = workbook.createSheet(DATA_SHEET);
            header(sheet, styles);
            int r = 1;
            Map<Integer, List<String>> gradeRows = new TreeMap<>();
            for (Region region : regions) {
                for (int year : years) {
                    YearData data = held.of(region, year);
                    boolean locked = !data.state().editable();
                    for (EditionModel.Row row : model.rows()) {
                        if (applies(row, region)) {
                            if (row.valueType() == ValueType.GRADE) {
                                gradeRows.put(r, row.grades());
                            }
                            r = indicatorRows(sheet, styles, r, region, year, row, data, locked);
                        }
                    }
                }
            }
            if (r > 1) {
                validations(sheet, r - 1, gradeRows);
                sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, ExcelColumn.values().length - 1));
            }
            instructions(workbook.createSheet("填写说明"), styles, model);
            workbook.setActiveSheet(0);
            workbook.write(out);
            workbook.dispose();
        }
    }

    static boolean applies(EditionModel.Row row, Region region) {
        return row.applies() == null || row.applies().appliesTo(region);
    }

    private static void header(SXSSFSheet sheet, ExcelStyles styles) {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(22);
        for (ExcelColumn column : ExcelColumn.values()) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(column.ordinal(), column.width() * 256 + 512);
        }
        sheet.createFreezePane(0, 1);
    }

    private int indicatorRows(
            SXSSFSheet sheet,
            ExcelStyles styles,
            int r,
            Region region,
            int year,
            EditionModel.Row row,
            YearData data,
            boolean locked) {
        ValueShape shape = ValueShape.of(row);
        ValueEntity held = data.values().get(row.code());
        String unit = Labels.unit(row.unit(), row.valueType());
        if (shape.ownRow()) {
            Row out = start(sheet, styles, r++, region, year, row.code(), row.nameZh(), unit, row, data, locked);
            if (row.valueType() == ValueType.GRADE) {
                text(out, ExcelColumn.VALUE, held == null ? null : held.gradeValue(), input(styles, locked));
            } else if (shape.ownNumber()) {
                number(out, ExcelColumn.VALUE, held == null ? null : held.numberValue(), input(styles, locked));
            } else {
                blank(out, ExcelColumn.VALUE, styles.unused);
            }
            if (shape.flag() == ValueShape.FlagUse.UNUSED) {
                blank(out, ExcelColumn.FLAG, styles.unused);
            } else {
                text(out, ExcelColumn.FLAG, held == null ? null : Labels.flag(held.flagValue()), input(styles, locked));
            }
            texts(out, styles, held, locked);
        }
        Map<String, Double> parts = parts(held);
        for (Map.Entry<String, String> part : shape.parts().entrySet()) {
            Row out = start(
                    sheet,
                    styles,
                    r++,
                    region,
                    year,
                    ValueShape.partCode(row.code(), part.getKey()),
                    row.nameZh() + "——" + part.getValue(),
                    unit,
                    row,
                    data,
                    locked);
            number(out, ExcelColumn.VALUE, parts.get(part.getKey()), input(styles, locked));
            blank(out, ExcelColumn.FLAG, styles.unused);
            texts(out, styles, held, locked);
        }
        return r;
    }

    private static Row start(
            SXSSFSheet sheet,
            ExcelStyles styles,
            int r,
            Region region,
            int year,
            String code,
            String name,
            String unit,
            EditionModel.Row row,
            YearData data,
            boolean locked) {
        Row out = sheet.createRow(r);
        CellStyle info = locked ? styles.locked : styles.info;
        text(out, ExcelColumn.REGION_CODE, region.code(), info);
        text(out, ExcelColumn.REGION_NAME, region.name(), info);
        number(out, ExcelColumn.YEAR, (double) year, info);
        text(out, ExcelColumn.INDICATOR_CODE, code, info);
        text(out, ExcelColumn.INDICATOR_NAME, name, info);
        text(out, ExcelColumn.UNIT, unit, info);
        text(out, ExcelColumn.TARGET, row.targetTextZh(), info);
        text(out, ExcelColumn.STATE, Labels.state(data.state()), info);
        return out;
    }

    private static void texts(Row out, ExcelStyles styles, ValueEntity held, boolean locked) {
        text(out, ExcelColumn.SOURCE, held == null ? null : held.source(), input(styles, locked));
        text(out, ExcelColumn.NOTE, held == null ? null : held.note(), input(styles, locked));
    }

    private static CellStyle input(ExcelStyles styles, boolean locked) {
        return locked ? styles.locked : styles.input;
    }

    private static void text(Row row, ExcelColumn column, String value, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void number(Row row, ExcelColumn column, Double value, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void blank(Row row, ExcelColumn column, CellStyle style) {
        row.createCell(column.ordinal()).setCellStyle(style);
    }

    private Map<String, Double> parts(ValueEntity held) {
        return held == null || held.parts() == null
                ? Map.of()
                : json.readValue(held.parts(), new TypeReference<Map<String, Double>>() {});
    }

    /**
     * A 是/否 list on the flag column, a number check (≥ 0) on the value column, and on the value cell of a
     * GRADE indicator's row a list of its grades instead of the number check.
     */
    private static void validations(Sheet sheet, int lastRow, Map<Integer, List<String>> gradeRows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation flags = helper.createValidation(
                helper.createExplicitListConstraint(new String[] {"是", "否"}),
                new CellRangeAddressList(1, lastRow, ExcelColumn.FLAG.ordinal(), ExcelColumn.FLAG.ordinal()));
        flags.setShowErrorBox(true);
        flags.setErrorStyle(DataValidation.ErrorStyle.STOP);
        flags.createErrorBox("是/否", "请从下拉列表中选择“是”或“否”");
        flags.setEmptyCellAllowed(true);
        sheet.addValidationData(flags);

        int value = ExcelColumn.VALUE.ordinal();
        CellRangeAddressList numberCells = new CellRangeAddressList();
        int from = 1;
        for (int gradeRow : gradeRows.keySet()) {
            if (gradeRow > from) {
                numberCells.addCellRangeAddress(from, value, gradeRow - 1, value);
            }
            from = gradeRow + 1;
        }
        if (from <= lastRow) {
            numberCells.addCellRangeAddress(from, value, lastRow, value);
        }
        Map<List<String>, CellRangeAddressList> gradeCells = new LinkedHashMap<>();
        gradeRows.forEach((gradeRow, grades) -> gradeCells
                .computeIfAbsent(grades, g -> new CellRangeAddressList())
                .addCellRangeAddress(gradeRow, value, gradeRow, value));
        gradeCells.forEach((grades, cells) -> {
            DataValidation list =
                    helper.createValidation(helper.createExplicitListConstraint(grades.toArray(String[]::new)), cells);
            list.setShowErrorBox(true);
            list.setErrorStyle(DataValidation.ErrorStyle.STOP);
            list.createErrorBox("等级", "请从下拉列表中选择等级");
            list.setEmptyCellAllowed(true);
            sheet.addValidationData(list);
        });
        if (numberCells.countRanges() == 0) {
            return;
        }
        DataValidation numbers = helper.createValidation(
                helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                numberCells);
        numbers.setShowErrorBox(true);
        numbers.setErrorStyle(DataValidation.ErrorStyle.STOP);
        numbers.createErrorBox("数值", "请填写不小于0的数字；百分比填写0至100之间的数（如 95.5 表示95.5%）");
        numbers.setEmptyCellAllowed(true);
        sheet.addValidationData(numbers);
    }

    private static void instructions(SXSSFSheet sheet, ExcelStyles styles, EditionModel model) {
        List<String> lines = List.of(
                "指标数值导入模板 — " + model.edition().titleZh() + "（"
                        + model.edition().code() + "）",
                "",
                "1. 只填写白色单元格：“数值”“是/否”“数据来源”“备注”。蓝色列为说明信息，导入时以“行政区划代码”“年度”“指标编号”定位数据，请勿修改。",
                "2. 数值型和百分比指标填写“数值”列；百分比填写0至100之间的数，如 95.5 表示95.5%。数值不能为负数。",
                "3. 是/否类指标在“是/否”列选择“是”或“否”，“数值”列留空。灰色单元格不需要填写。",
                "4. 按分项填写的指标（指标编号形如“GZ-09:redline_area”）每个分项一行。",
                "5. “数值”和“是/否”都为空的行视为未填写，导入时跳过；与系统中已有数据相同的行不会重复保存。",
                "6. “填报状态”为“已上报”或“已确认”的年度（灰色字体行）不能修改；如需修改，请先由确认人重新开放。",
                "7. 只能填报本单位所在行政区划的数值；同一行政区划、年度和指标只能出现一行。",
                "8. 导入时逐行检查全部数据，发现任何错误则不保存任何数据，并列出每个错误所在的工作表、行、列和原因；修改后重新上传即可。",
                "9. 修改已有数值时，系统自动记录修改前后的数值，修改原因记为“Excel导入”。");
        sheet.setColumnWidth(0, 120 * 256);
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? styles.title : styles.wrap);
        }
    }
}
