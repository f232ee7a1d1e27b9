package cn.ecozone.supervision.internal;

import cn.ecozone.regulation.TitleRules.CheckKind;
import cn.ecozone.shared.ListWorkbook;
import cn.ecozone.shared.PageResult;
import cn.ecozone.supervision.CheckFilter;
import cn.ecozone.supervision.CheckSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The check list as an .xlsx workbook (issue 14 §5): one sheet of checks, one (说明) saying when, by
 * whom, how many and with which filters. A document for Chinese offices: Chinese labels.
 */
public final class CheckWorkbook {

    private CheckWorkbook() {}

    /** Writes the checks found with {@code f}. */
    public static void write(PageResult<CheckSummary> rows, CheckFilter f, Instant now, String by, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "称号后监管",
                List.of("行政区划代码", "行政区划名称", "建设主体", "创建类型", "类型", "到期日", "开启日期", "状态", "发现问题", "结论日期"),
                rows.content(),
                c -> Arrays.asList(
                        c.regionCode(),
                        c.regionName(),
                        c.subjectName(),
                        c.programme() == null ? null : c.programme().nameZh(),
                        kind(c.kind()),
                        text(c.dueOn()),
                        text(c.openedOn()),
                        state(c.state()),
                        c.problemsFound() == null ? null : c.problemsFound() ? "是" : "否",
                        text(c.concludedOn())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + by,
                        ListWorkbook.count("核查数", "项", rows.content().size(), rows.totalElements()),
                        "筛选条件：" + conditions(f),
                        "范围：导出人数据范围内的核查与评估，与列表所示一致"),
                out);
    }

    private static String conditions(CheckFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.query() != null && !f.query().isBlank()) {
            parts.add("关键词“" + f.query().strip() + "”");
        }
        if (f.kind() != null) {
            parts.add("类型 " + kind(f.kind()));
        }
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            parts.add("行政区划 " + f.regionCode().strip() + " 及下级");
        }
        if (f.programme() != null) {
            parts.add("创建类型 " + f.programme().nameZh());
        }
        if (f.year() != null) {
            parts.add("到期年度 " + f.year());
        }
        if (f.state() != null && !f.state().isBlank()) {
            parts.add("状态 " + state(f.state().strip()));
        }
        return parts.isEmpty() ? "无" : String.join("；", parts);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static String kind(CheckKind k) {
        return switch (k) {
            case ANNUAL_REPORT -> "年度工作进展";
            case SITE_CHECK -> "现场核查";
            case POST_EVALUATION -> "后评估";
            case ANNUAL_EVALUATION -> "年度评估";
        };
    }

    static String state(String state) {
        return "CONCLUDED".equals(state) ? "已完成" : "进行中";
    }
}
