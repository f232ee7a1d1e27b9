package cn.ecozone.workplan.internal;

import cn.ecozone.shared.ListWorkbook;
import cn.ecozone.workplan.WorkPlanFilter;
import cn.ecozone.workplan.WorkPlanState;
import cn.ecozone.workplan.WorkPlanSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes the work plan list as an .xlsx workbook: one sheet of plans, one (说明) saying what was exported and how filtered. */
@Component
public class WorkPlanWorkbook {

    static final List<String> HEADERS = List.of("年度", "行政区划代码", "行政区划名称", "创建类型", "计划名称", "接收单位", "状态", "最后更新");

    /** Writes {@code rows} (of {@code total} found) with the filter they were found by. */
    public void write(
            List<WorkPlanSummary> rows,
            long total,
            WorkPlanFilter filter,
            Instant now,
            String exportedBy,
            OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "年度工作计划",
                HEADERS,
                rows,
                w -> Arrays.asList(
                        w.year(),
                        w.regionCode(),
                        w.regionName(),
                        w.programme().nameZh(),
                        w.title(),
                        w.receiverBody(),
                        state(w.state()),
                        w.updatedAt() == null ? null : ListWorkbook.TIME.format(w.updatedAt())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        ListWorkbook.count("计划数", "个", rows.size(), total),
                        "筛选条件：" + conditions(filter),
                        "范围：导出人数据范围内的年度工作计划，与列表所示一致"),
                out);
    }

    static String conditions(WorkPlanFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.query() != null && !f.query().isBlank()) {
            parts.add("关键词“" + f.query().strip() + "”");
        }
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            parts.add("行政区划 " + f.regionCode().strip() + " 及下级");
        }
        if (f.programme() != null) {
            parts.add("创建类型 " + f.programme().nameZh());
        }
        if (f.year() != null) {
            parts.add("年度 " + f.year());
        }
        if (f.state() != null) {
            parts.add("状态 " + state(f.state()));
        }
        return parts.isEmpty() ? "无" : String.join("；", parts);
    }

    static String state(WorkPlanState s) {
        return switch (s) {
            case DRAFT -> "草稿";
            case FILED -> "已报送";
            case RETURNED -> "已退回";
            case RECEIVED -> "已接收备案";
        };
    }
}
