package cn.ecozone.candidacy.internal;

import cn.ecozone.candidacy.CandidacyState;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.regulation.Programme;
import java.io.IOException;
import java.io.OutputStream;
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

/** Writes the candidate pool as an .xlsx workbook: one sheet of candidacies, one that says what was exported. */
@Component
public class CandidacyWorkbook {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    static final List<String> HEADERS =
            List.of("行政区划代码", "行政区划名称", "创建主体", "创建类型", "适用规程", "规程版本", "状态", "备注", "登记人", "登记时间", "最后更新");

    public void write(List<CandidacyView> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            SXSSFSheet sheet = workbook.createSheet("创建储备库");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, Math.max(12, HEADERS.get(i).length() * 2 + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (CandidacyView c : rows) {
                Row row = sheet.createRow(r++);
                int i = 0;
                text(row, i++, c.regionCode());
                text(row, i++, c.regionName());
                text(row, i++, c.subjectName());
                text(row, i++, programme(c.programme()));
                text(row, i++, c.regulationCode());
                row.createCell(i++).setCellValue(c.regulationVersion());
                text(row, i++, state(c.state()));
                text(row, i++, c.note());
                text(row, i++, c.createdBy());
                text(row, i++, TIME.format(c.createdAt()));
                text(row, i, TIME.format(c.updatedAt()));
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
                    "创建记录数：" + rows.size()
                            + (total > rows.size() ? "（共 " + total + " 条，仅导出前 " + rows.size() + " 条）" : ""));
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

    static String state(CandidacyState s) {
        return switch (s) {
            case RESERVE -> "储备";
            case CULTIVATING -> "培育";
            case PLANNING -> "规划编制";
            case APPLYING -> "申报";
            case TITLED -> "已命名";
            case REVOKED -> "已撤销命名";
            case WITHDRAWN -> "已退出";
        };
    }

    private static void text(Row row, int c, String value) {
        if (value != null) {
            row.createCell(c).setCellValue(value);
        }
    }
}
