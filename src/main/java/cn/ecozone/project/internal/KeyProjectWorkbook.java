package cn.ecozone.project.internal;

import cn.ecozone.project.KeyProjectStatus;
import cn.ecozone.project.KeyProjectView;
import cn.ecozone.regulation.Programme;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** Writes the key project library as an .xlsx workbook: one sheet of projects, one that says what was exported. */
@Component
public class KeyProjectWorkbook {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    static final List<String> HEADERS = List.of(
            "行政区划代码", "行政区划名称", "创建类型", "项目名称", "建设内容", "投资主体", "投资额（万元）", "预期效益", "转化模式", "项目状态", "开工年份", "完工年份",
            "最后更新");

    public void write(List<KeyProjectView> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            SXSSFSheet sheet = workbook.createSheet("重点项目库");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, Math.max(12, HEADERS.get(i).length() * 2 + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (KeyProjectView p : rows) {
                Row row = sheet.createRow(r++);
                int c = 0;
                text(row, c++, p.regionCode());
                text(row, c++, p.regionName());
                text(row, c++, programme(p.programme()));
                text(row, c++, p.name());
                text(row, c++, p.content());
                text(row, c++, p.investor());
                number(row, c++, p.investment());
                text(row, c++, p.expectedBenefits());
                text(row, c++, p.transformationMode());
                text(row, c++, status(p.status()));
                number(row, c++, p.startYear() == null ? null : BigDecimal.valueOf(p.startYear()));
                number(row, c++, p.endYear() == null ? null : BigDecimal.valueOf(p.endYear()));
                text(row, c, p.updatedAt() == null ? null : TIME.format(p.updatedAt()));
            }
            if (r > 1) {
                sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, HEADERS.size() - 1));
            }
            SXSSFSheet about = workbook.createSheet("说明");
            text(about.createRow(0), 0, "导出时间：" + TIME.format(now));
            text(about.createRow(1), 0, "导出人：" + exportedBy);
            text(
                    about.createRow(2),
                    0,
                    "项目数：" + rows.size()
                            + (total > rows.size() ? "（共 " + total + " 个，仅导出前 " + rows.size() + " 个）" : ""));
            text(about.createRow(3), 0, "依据：《锡林郭勒盟“绿水青山就是金山银山”转化实践区建设活动管理规程》第3条");
            workbook.write(out);
            workbook.dispose();
        }
    }

    static String programme(Programme p) {
        return switch (p) {
            case ECO_CIVILIZATION_ZONE -> "生态文明建设示范区";
            case TWO_MOUNTAINS_BASE -> "“两山”实践创新基地";
            case TWO_MOUNTAINS_AREA -> "“两山”转化实践区";
        };
    }

    static String status(KeyProjectStatus s) {
        return switch (s) {
            case PLANNED -> "谋划";
            case UNDER_CONSTRUCTION -> "在建";
            case COMPLETED -> "建成";
            case SUSPENDED -> "暂缓";
        };
    }

    private static void text(Row row, int c, String value) {
        if (value != null) {
            row.createCell(c).setCellValue(value);
        }
    }

    private static void number(Row row, int c, BigDecimal value) {
        if (value != null) {
            row.createCell(c).setCellValue(value.doubleValue());
        }
    }
}
