package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.Measure;
import cn.ecozone.enforcement.ProposalFilter;
import cn.ecozone.enforcement.ProposalState;
import cn.ecozone.enforcement.ProposalSummary;
import cn.ecozone.enforcement.RectificationFilter;
import cn.ecozone.enforcement.RectificationState;
import cn.ecozone.enforcement.RectificationSummary;
import cn.ecozone.enforcement.Severity;
import cn.ecozone.shared.ListWorkbook;
import cn.ecozone.shared.PageResult;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The proposal and rectification lists as .xlsx workbooks (issue 14 §5): one sheet of rows, one (说明)
 * saying when, by whom, how many and with which filters. Documents for Chinese offices: Chinese labels.
 */
public final class EnforcementWorkbooks {

    private EnforcementWorkbooks() {}

    /** Writes the rectifications found with {@code f}. */
    public static void rectifications(
            PageResult<RectificationSummary> rows, RectificationFilter f, Instant now, String by, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "整改",
                List.of("行政区划代码", "行政区划名称", "建设主体", "类别", "下达日期", "整改期限至", "状态"),
                rows.content(),
                r -> Arrays.asList(
                        r.regionCode(),
                        r.regionName(),
                        r.subjectName(),
                        measure(r.stage()),
                        r.orderedOn() == null ? null : r.orderedOn().toString(),
                        r.dueOn() == null ? null : r.dueOn().toString(),
                        state(r.state())),
                about(
                        now,
                        by,
                        ListWorkbook.count("整改数", "条", rows.content().size(), rows.totalElements()),
                        parts(
                                f.query(),
                                f.regionCode(),
                                f.programme() == null ? null : f.programme().nameZh(),
                                f.year(),
                                f.state() == null ? null : state(f.state()))),
                out);
    }

    /** Writes the proposals found with {@code f}. */
    public static void proposals(
            PageResult<ProposalSummary> rows, ProposalFilter f, Instant now, String by, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "处理建议",
                List.of("行政区划代码", "行政区划名称", "建设主体", "事由", "依据条款", "提出时间", "状态", "处理", "情节"),
                rows.content(),
                p -> Arrays.asList(
                        p.regionCode(),
                        p.regionName(),
                        p.subjectName(),
                        p.sanctionText(),
                        p.article(),
                        p.openedAt() == null ? null : ListWorkbook.TIME.format(p.openedAt()),
                        state(p.state()),
                        p.measure() == null ? null : measure(p.measure()),
                        p.severity() == null ? null : severity(p.severity())),
                about(
                        now,
                        by,
                        ListWorkbook.count("建议数", "条", rows.content().size(), rows.totalElements()),
                        parts(
                                f.search(),
                                f.regionCode(),
                                f.programme() == null ? null : f.programme().nameZh(),
                                f.year(),
                                f.state() == null ? null : state(f.state()))),
                out);
    }

    private static List<String> about(Instant now, String by, String count, String conditions) {
        return List.of(
                "导出时间：" + ListWorkbook.TIME.format(now),
                "导出人：" + by,
                count,
                "筛选条件：" + conditions,
                "范围：导出人数据范围内的记录，与列表所示一致");
    }

    private static String parts(String query, String region, String programme, Integer year, String state) {
        List<String> parts = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            parts.add("关键词“" + query.strip() + "”");
        }
        if (region != null && !region.isBlank()) {
            parts.add("行政区划 " + region.strip() + " 及下级");
        }
        if (programme != null) {
            parts.add("创建类型 " + programme);
        }
        if (year != null) {
            parts.add("年度 " + year);
        }
        if (state != null) {
            parts.add("状态 " + state);
        }
        return parts.isEmpty() ? "无" : String.join("；", parts);
    }

    static String state(RectificationState s) {
        return switch (s) {
            case OPEN -> "整改中";
            case OVERDUE -> "已逾期";
            case COMPLETED -> "已完成";
            case ESCALATED -> "已转入警告或撤销";
        };
    }

    static String state(ProposalState s) {
        return switch (s) {
            case OPEN -> "待决定";
            case ACTED -> "已决定处理";
            case DISMISSED -> "不予处理";
        };
    }

    static String measure(Measure m) {
        return switch (m) {
            case RECTIFICATION -> "整改";
            case WARNING -> "警告后整改";
            case REVOCATION -> "撤销称号";
        };
    }

    static String severity(Severity s) {
        return switch (s) {
            case MINOR -> "情节较轻";
            case SERIOUS -> "情节较重";
            case GRAVE -> "情节严重";
        };
    }
}
