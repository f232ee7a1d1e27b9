package cn.ecozone.portal.internal;

import cn.ecozone.portal.ColumnItem;
import cn.ecozone.portal.ColumnItemFilter;
import cn.ecozone.portal.ColumnItemState;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The staff's list of their own public column as an .xlsx workbook (issue 14 §5): one sheet of items
 * (without their text and files), one (说明) saying when, by whom, how many and with which filters.
 */
public final class ColumnWorkbook {

    private ColumnWorkbook() {}

    /** Writes {@code rows} (of {@code total} found) with the filter they were found by. */
    public static void write(
            List<ColumnItemEntity> rows, long total, ColumnItemFilter f, Instant now, String by, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "公开专栏",
                List.of("标题", "栏目", "状态", "起草人", "起草时间", "审核人", "审核时间", "发布时间"),
                rows.stream().map(i -> i.view(List.of())).toList(),
                (ColumnItem i) -> Arrays.asList(
                        i.title(),
                        kind(i.kind()),
                        state(i.state()),
                        i.draftedBy(),
                        time(i.draftedAt()),
                        i.approvedBy(),
                        time(i.approvedAt()),
                        time(i.publishedAt())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + by,
                        ListWorkbook.count("条目数", "条", rows.size(), total),
                        "筛选条件：" + conditions(f),
                        "范围：导出人所在地区本创建类型的专栏条目（已撤回的除外），与列表所示一致"),
                out);
    }

    private static String conditions(ColumnItemFilter f) {
        List<String> parts = new ArrayList<>();
        parts.add("创建类型 " + Programme.valueOf(f.programme()).nameZh());
        if (f.query() != null && !f.query().isBlank()) {
            parts.add("关键词“" + f.query().strip() + "”");
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            parts.add("栏目 " + kind(f.kind().strip()));
        }
        if (f.state() != null) {
            parts.add("状态 " + state(f.state()));
        }
        if (f.year() != null) {
            parts.add("起草年度 " + f.year());
        }
        return String.join("；", parts);
    }

    private static String time(Instant at) {
        return at == null ? null : ListWorkbook.TIME.format(at);
    }

    static String kind(String kind) {
        return switch (kind) {
            case "PROGRESS" -> "实施进展";
            case "KEY_WORK" -> "重点工作";
            case "RESULT" -> "成效现状";
            default -> kind;
        };
    }

    static String state(ColumnItemState s) {
        return switch (s) {
            case DRAFT -> "草稿";
            case PENDING -> "待审核";
            case RETURNED -> "已退回";
            case APPROVED -> "已审核";
            case PUBLISHED -> "已发布";
            case WITHDRAWN -> "已撤回";
        };
    }
}
