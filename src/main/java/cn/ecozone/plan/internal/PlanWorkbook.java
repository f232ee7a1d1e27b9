package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanFilter;
import cn.ecozone.plan.PlanState;
import cn.ecozone.plan.PlanSummary;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes the plan list as an .xlsx workbook: one sheet of plans, one (说明) saying what was exported and how filtered. */
@Component
public class PlanWorkbook {

    static final List<String> HEADERS =
            List.of("规划名称", "创建类型", "主体代码", "主体名称", "规划期", "版次", "状态", "当前环节", "备案期限", "备案逾期", "备案日期", "最后更新");

    /** Writes {@code rows} (of {@code total} found) with the filter they were found by. */
    public void write(
            List<PlanSummary> rows, long total, PlanFilter filter, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        List<String> about = new ArrayList<>(List.of(
                "导出时间：" + ListWorkbook.TIME.format(now),
                "导出人：" + exportedBy,
                ListWorkbook.count("规划数", "个", rows.size(), total)));
        about.add("筛选条件：" + conditions(filter));
        about.add("范围：导出人数据范围内的规划，与列表所示一致");
        ListWorkbook.write(
                "规划",
                HEADERS,
                rows,
                p -> Arrays.asList(
                        p.title(),
                        programme(p.programme()),
                        p.subjectRegionCode(),
                        p.subjectRegionName(),
                        p.periodStart() + "—" + p.periodEnd(),
                        p.revision(),
                        state(p.state()),
                        p.currentStep() == null ? null : p.currentStep().nameZh(),
                        p.filingDue() == null ? null : p.filingDue().toString(),
                        p.overdue() ? "是" : "否",
                        p.filedOn() == null ? null : p.filedOn().toString(),
                        p.updatedAt() == null ? null : ListWorkbook.TIME.format(p.updatedAt())),
                about,
                out);
    }

    static String conditions(PlanFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.query() != null && !f.query().isBlank()) {
            parts.add("关键词“" + f.query().strip() + "”");
        }
        if (f.state() != null) {
            parts.add("状态 " + state(f.state()));
        }
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            parts.add("行政区划 " + f.regionCode().strip() + " 及下级");
        }
        if (f.year() != null) {
            parts.add("规划期含 " + f.year() + " 年");
        }
        if (f.programme() != null) {
            parts.add("创建类型 " + f.programme().nameZh());
        }
        return parts.isEmpty() ? "无" : String.join("；", parts);
    }

    static String programme(String code) {
        try {
            return Programme.valueOf(code).nameZh();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    static String state(PlanState s) {
        return switch (s) {
            case DRAFT -> "草稿";
            case IN_PROGRESS -> "审核中";
            case RETURNED -> "已退回";
            case FILED -> "已备案";
            case IN_FORCE -> "已发布实施";
            case EXPIRED -> "已过期";
        };
    }
}
