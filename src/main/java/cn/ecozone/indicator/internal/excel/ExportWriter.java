package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.IndicatorYear;
import cn.ecozone.indicator.Scorecard;
import cn.ecozone.indicator.internal.EditionModel;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes an export: the values and their evaluation (status, target as applied, gap, reason) of every
 * region and year selected, a summary per region and year, and a sheet that says what was exported.
 * The data comes from the same façades as the API ({@code IndicatorValueManagement.year},
 * {@code EvaluationManagement.evaluate}), so the workbook shows what the screens show.
 */
@Component
public class ExportWriter {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private static final List<String> VALUE_HEADERS = List.of(
            "行政区划代码", "行政区划名称", "年度", "指标编号", "序号", "指标分组", "指标名称", "单位", "约束性/参考性", "目标值", "适用目标", "数值", "是/否", "分项数值",
            "评价结果", "差距", "评价说明", "数据来源", "备注", "填报人", "填报时间", "填报状态");

    private static final List<String> SUMMARY_HEADERS = List.of(
            "行政区划代码", "行政区划名称", "年度", "填报状态", "适用指标数", "达标", "未达标", "无数据", "需人工研判", "得分", "计分方法", "未达标的约束性指标", "含演示数据");

    /** One region and year: its values with their state, and its evaluation. */
    public record Part(IndicatorYear year, Scorecard scorecard) {}

    public void write(EditionModel model, List<Part> parts, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            ExcelStyles styles = new ExcelStyles(workbook);
            SXSSFSheet values = sheet(workbook, "数值与评价", VALUE_HEADERS, styles);
            SXSSFSheet summary = sheet(workbook, "汇总", SUMMARY_HEADERS, styles);
            int v = 1;
            int s = 1;
            boolean synthetic = false;
            for (Part part : parts) {
                synthetic |= part.scorecard().synthetic();
                v = valueRows(values, v, part);
                summaryRow(summary.createRow(s++), part);
            }
            if (v > 1) {
                values.setAutoFilter(new CellRangeAddress(0, v - 1, 0, VALUE_HEADERS.size() - 1));
            }
            about(workbook.createSheet("说明"), styles, model, parts.size(), now, exportedBy, synthetic);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static SXSSFSheet sheet(SXSSFWorkbook workbook, String name, List<String> headers, ExcelStyles styles) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.max(10, headers.get(i).length() * 2 + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static int valueRows(SXSSFSheet sheet, int r, Part part) {
        IndicatorYear year = part.year();
        Map<String, IndicatorYear.Value> held =
                year.values().stream().collect(Collectors.toMap(IndicatorYear.Value::indicator, Function.identity()));
        for (Scorecard.Row row : part.scorecard().rows()) {
            IndicatorYear.Value value = held.get(row.code());
            Row out = sheet.createRow(r++);
            int c = 0;
            text(out, c++, year.regionCode());
            text(out, c++, year.regionName());
            number(out, c++, (double) year.year());
            text(out, c++, row.code());
            number(out, c++, row.number() == null ? null : row.number().doubleValue());
            text(out, c++, row.group());
            text(out, c++, row.name());
            text(out, c++, Labels.unit(row.unit(), row.valueType()));
            text(out, c++, Labels.binding(row.binding()));
            text(out, c++, row.targetText());
            text(out, c++, row.appliedTarget());
            if (row.grade() != null) {
                text(out, c++, row.grade());
            } else {
                number(out, c++, row.value());
            }
            text(out, c++, Labels.flag(row.flag()));
            text(out, c++, value == null ? null : parts(value.parts()));
            text(out, c++, Labels.attainment(row.status()));
            number(out, c++, row.gap());
            text(out, c++, row.reason());
            text(out, c++, value == null ? null : value.source());
            text(out, c++, value == null ? null : value.note());
            text(out, c++, value == null ? null : value.enteredBy());
            text(out, c++, value == null || value.enteredAt() == null ? null : TIME.format(value.enteredAt()));
            text(out, c, Labels.state(year.state()));
        }
        return r;
    }

    private static void summaryRow(Row out, Part part) {
        IndicatorYear year = part.year();
        Scorecard.Summary summary = part.scorecard().summary();
        int c = 0;
        text(out, c++, year.regionCode());
        text(out, c++, year.regionName());
        number(out, c++, (double) year.year());
        text(out, c++, Labels.state(year.state()));
        number(out, c++, (double) summary.applicable());
        number(out, c++, (double) summary.met());
        number(out, c++, (double) summary.notMet());
        number(out, c++, (double) summary.noData());
        number(out, c++, (double) summary.needsJudgement());
        number(out, c++, summary.score());
        text(out, c++, summary.scoreNote() == null ? summary.scoreMethod() : summary.scoreNote());
        text(out, c++, String.join("、", summary.bindingNotMet()));
        text(out, c, part.scorecard().synthetic() ? "是（演示数据，非真实统计）" : "否");
    }

    private static void about(
            SXSSFSheet sheet,
            ExcelStyles styles,
            EditionModel model,
            int parts,
            Instant now,
            String exportedBy,
            boolean synthetic) {
        List<String> lines = new ArrayList<>(List.of(
                "指标数值与评价导出",
                "指标体系：" + model.edition().titleZh() + "（" + model.edition().code() + "）"
                        + (model.edition().complete() ? "" : "（本版本不完整，评价结果仅供参考）"),
                "导出范围：" + parts + " 个行政区划年度",
                "导出时间：" + TIME.format(now) + "，导出人：" + exportedBy,
                "评价结果：达标、未达标、无数据、需人工研判、不适用；“适用目标”为按本地区条件（如地形）适用的目标。",
                "得分说明："
                        + (model.edition().scoreNoteZh() == null
                                ? ""
                                : model.edition().scoreNoteZh())));
        if (synthetic) {
            lines.add("注意：导出范围含演示数据（系统生成的模拟数值），不是真实统计数据。");
        }
        sheet.setColumnWidth(0, 120 * 256);
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? styles.title : styles.wrap);
        }
    }

    private static String parts(Map<String, Double> parts) {
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        return new TreeMap<>(parts)
                .entrySet().stream()
                        .map(e -> e.getKey() + "="
                                + (e.getValue() != null && Double.isFinite(e.getValue())
                                        ? Cells.plain(java.math.BigDecimal.valueOf(e.getValue()))
                                        : String.valueOf(e.getValue()))) // an unusable stored part, shown as held
                        .collect(Collectors.joining("；"));
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void number(Row row, int column, Double value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }
}
