package cn.ecozone.review.internal;

import cn.ecozone.review.PanelManagement.MemberView;
import cn.ecozone.review.PanelManagement.PanelView;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The list of review panels as an .xlsx workbook with Chinese headers (issue 14 §5), in the list's order. */
@Component
public class PanelListWorkbook {

    static final List<String> HEADERS =
            List.of("申报批次", "环节", "抽取次序", "专业领域", "状态", "评审专家（代号）", "备选专家数", "覆盖申报数", "随机种子");

    /** The steps a panel is drawn for, as the UI names them (else the code). */
    static final Map<String, String> STEPS = Map.of(
            "EXPERT_SCORING", "专家评分",
            "EXPERT_REVIEW", "专家评审",
            "DOCUMENT_REVIEW", "资料审查",
            "SITE_CHECK", "现场核查");

    /** @param roundTitles the title of each row's round by its id */
    public void write(
            List<PanelView> rows,
            Map<Long, String> roundTitles,
            long total,
            Instant now,
            String exportedBy,
            OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "评审组",
                HEADERS,
                rows,
                p -> Arrays.asList(
                        roundTitles.get(p.roundId()),
                        STEPS.getOrDefault(p.stepCode(), p.stepCode()),
                        "第" + p.drawNo() + "次",
                        p.field(),
                        "CLOSED".equals(p.state()) ? "已结束" : "评审中",
                        members(p.members()),
                        p.alternates(),
                        p.dossiers().size(),
                        Long.toString(p.seed())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        "评审专家列出在组的评分专家（不含已替换或备选），评分内容不导出。",
                        ListWorkbook.count("评审组数", "个", rows.size(), total)),
                out);
    }

    private static String members(List<MemberView> members) {
        return members.stream()
                .filter(m -> "MEMBER".equals(m.seat()) && m.removedKind() == null)
                .map(m -> m.name() + "（" + m.alias() + "）")
                .collect(Collectors.joining("、"));
    }
}
