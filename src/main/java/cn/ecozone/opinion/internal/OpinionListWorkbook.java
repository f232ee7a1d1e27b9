package cn.ecozone.opinion.internal;

import cn.ecozone.opinion.OpinionState;
import cn.ecozone.opinion.OpinionSummary;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The list of opinions as an .xlsx workbook with Chinese headers (issue 14 §5), in the list's order. */
@Component
public class OpinionListWorkbook {

    static final List<String> HEADERS =
            List.of("标题", "申报批次", "环节", "形成意见机关代码", "首份或补充", "文号", "状态", "覆盖申报数", "印发时间", "最后修改时间");

    /** The steps at which an opinion is formed, as the UI names them (else the code). */
    static final Map<String, String> STEPS = Map.of("PRE_REVIEW_OPINION", "预审意见", "RECOMMEND", "推荐");

    /** @param roundTitles the title of each row's round by its id */
    public void write(
            List<OpinionSummary> rows,
            Map<Long, String> roundTitles,
            long total,
            Instant now,
            String exportedBy,
            OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "意见",
                HEADERS,
                rows,
                o -> Arrays.asList(
                        o.title(),
                        roundTitles.get(o.roundId()),
                        STEPS.getOrDefault(o.stepCode(), o.stepCode()),
                        o.scopeCode(),
                        o.sequence() > 1 ? "补充意见（第" + o.sequence() + "份）" : "首份意见",
                        o.documentNumber(),
                        o.state() == OpinionState.ISSUED ? "已印发" : "草稿",
                        o.dossierCount(),
                        o.issuedAt() == null ? null : ListWorkbook.TIME.format(o.issuedAt()),
                        ListWorkbook.TIME.format(o.updatedAt())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        ListWorkbook.count("意见数", "份", rows.size(), total)),
                out);
    }
}
