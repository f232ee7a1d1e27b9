package cn.ecozone.title.internal;

import cn.ecozone.shared.ListWorkbook;
import cn.ecozone.title.RoundOverviewRow;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The round overview as an .xlsx workbook with Chinese headers (issue 12 §6). */
@Component
public class RoundOverviewWorkbook {

    static final List<String> HEADERS = List.of(
            "行政区划代码", "行政区划名称", "申报主体", "申报材料编号", "提交日期", "所处环节", "环节依据", "办理期限", "是否逾期", "已等待天数", "尚缺事项", "命名文号");

    public void write(List<RoundOverviewRow> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "批次进度总览",
                HEADERS,
                rows,
                r -> Arrays.asList(
                        r.regionCode(),
                        r.regionName(),
                        r.subjectName(),
                        r.dossierId(),
                        r.submittedOn() == null ? null : r.submittedOn().toString(),
                        r.currentStepNameZh() != null
                                ? r.currentStepNameZh()
                                : "FINISHED".equals(r.runState()) ? "已办结" : "已终止",
                        r.currentStepArticle(),
                        r.due() == null ? null : r.due().toString(),
                        r.overdue() ? "逾期" : null,
                        r.daysWaiting(),
                        String.join("；", r.blocks()),
                        r.titleDocument()),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        "已等待天数按自然日计，自该环节开始之日起算；尚缺事项为该环节办结前须登记的记录。",
                        ListWorkbook.count("申报材料数", "份", rows.size(), total)),
                out);
    }
}
