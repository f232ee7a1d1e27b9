package cn.ecozone.deadline.internal;

import cn.ecozone.deadline.DeadlineFilter;
import cn.ecozone.deadline.DeadlineItem;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the deadline list as an .xlsx workbook: one sheet of deadlines, one (说明) saying what was exported and how filtered. */
@Component
public class DeadlineWorkbook {

    static final List<String> HEADERS =
            List.of("事项", "行政区划代码", "行政区划名称", "办理角色", "起算日", "工作日数", "到期日", "剩余工作日", "是否逾期", "期限说明");

    private final MessageSource messages;

    DeadlineWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    /** Writes {@code rows} (of {@code total} found) with the filter they were found by. */
    public void write(
            List<DeadlineItem> rows,
            long total,
            DeadlineFilter filter,
            Instant now,
            String exportedBy,
            OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "办理期限",
                HEADERS,
                rows,
                d -> Arrays.asList(
                        d.title(),
                        d.regionCode(),
                        d.regionName(),
                        messages.getMessage(
                                "audit.export.role." + d.role().name(),
                                null,
                                d.role().name(),
                                Locale.SIMPLIFIED_CHINESE),
                        d.startDate().toString(),
                        d.workingDays(),
                        d.dueDate().toString(),
                        d.workingDaysLeft(),
                        d.overdue() ? "是" : "否",
                        String.join("\n", d.explanation())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        ListWorkbook.count("期限数", "个", rows.size(), total),
                        "筛选条件：" + conditions(filter),
                        "范围：导出人数据范围内、由其角色办理（监督角色为全部）的未办结期限，与列表所示一致"),
                out);
    }

    static String conditions(DeadlineFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.dueTo() == null) {
            parts.add("已逾期或 " + f.within() + " 个工作日内到期");
        } else {
            parts.add("到期日不晚于 " + f.dueTo());
        }
        if (f.dueFrom() != null) {
            parts.add("到期日不早于 " + f.dueFrom());
        }
        if (f.overdue() != null) {
            parts.add(f.overdue() ? "仅已逾期" : "仅未逾期");
        }
        if (f.query() != null && !f.query().isBlank()) {
            parts.add("关键词“" + f.query().strip() + "”");
        }
        return String.join("；", parts);
    }
}
