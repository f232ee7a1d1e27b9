package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.InboxItem;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The inbox as an .xlsx workbook with Chinese headers (issue 14 §5), in the inbox's order. */
@Component
public class InboxWorkbook {

    static final List<String> HEADERS =
            List.of("事项", "事项类型", "行政区划代码", "行政区划名称", "当前环节", "环节代码", "接收时间", "办理期限", "是否逾期");

    /** The kinds of record whose runs reach the inbox, as their modules name them in {@code ProcedureSubject}. */
    private static final Map<String, String> SUBJECT_TYPES = Map.of(
            "PLAN", "规划",
            "WORK_PLAN", "年度工作计划",
            "INDICATOR_YEAR", "指标年度数据",
            "DOSSIER", "申报材料",
            "TYPICAL_CASE", "典型案例",
            "ANNUAL_REPORT", "年度报告",
            "SUPERVISION_CHECK", "监督检查",
            "ENFORCEMENT_PROPOSAL", "处理建议",
            "RECTIFICATION", "整改");

    private final RegionManagement regions;
    private final MessageSource messages;

    InboxWorkbook(RegionManagement regions, MessageSource messages) {
        this.regions = regions;
        this.messages = messages;
    }

    /** Writes the rows (the first {@code rows.size()} of {@code total}) with the sheet 说明. */
    public void write(List<InboxItem> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        Map<String, String> names = regions.names(
                rows.stream().map(InboxItem::subjectRegionCode).distinct().toList());
        ListWorkbook.write(
                "我的待办",
                HEADERS,
                rows,
                i -> Arrays.asList(
                        i.subjectTitle(),
                        SUBJECT_TYPES.getOrDefault(i.subjectType(), i.subjectType()),
                        i.subjectRegionCode(),
                        names.get(i.subjectRegionCode()),
                        messages.getMessage(
                                "notification.procedure.kind." + i.stepKind(),
                                null,
                                i.stepKind(),
                                Locale.SIMPLIFIED_CHINESE),
                        i.stepCode(),
                        ListWorkbook.TIME.format(i.openedAt()),
                        i.due() == null ? "无办理期限" : i.due().toString(),
                        i.overdue() ? "已逾期" : "否"),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        "是否逾期按导出当日（北京时间）判断。",
                        ListWorkbook.count("待办事项数", "项", rows.size(), total)),
                out);
    }
}
