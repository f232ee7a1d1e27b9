package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.DossierState;
import cn.ecozone.dossier.OverviewRow;
import cn.ecozone.registry.ExclusionOutcome;
import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The candidacy-and-exclusions overview as an .xlsx workbook with Chinese headers (issue 11 §2). */
@Component
public class OverviewWorkbook {

    static final List<String> HEADERS = List.of(
            "行政区划代码", "行政区划名称", "创建主体", "创建类型", "适用规程", "申报材料状态", "提交日期", "核查日期", "核查期间", "结论", "存在的否决情形", "需研判的情形",
            "依据记录编号");

    public void write(List<OverviewRow> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "否决情形总览",
                HEADERS,
                rows,
                r -> Arrays.asList(
                        r.regionCode(),
                        r.regionName(),
                        r.subjectName(),
                        r.programme().nameZh(),
                        r.regulationCode() + " 第" + r.regulationVersion() + "版",
                        r.dossierState() == null ? "未建" : state(r.dossierState()),
                        r.submittedOn() == null ? null : r.submittedOn().toString(),
                        r.asOf().toString(),
                        r.windowFrom() == null ? null : r.windowFrom() + " 至 " + r.windowTo(),
                        r.excluded() ? "存在否决情形" : r.needsJudgement() ? "需研判" : "无否决情形",
                        texts(r.verdicts(), ExclusionOutcome.EXCLUDED),
                        texts(r.verdicts(), ExclusionOutcome.NEEDS_JUDGEMENT),
                        r.verdicts().stream()
                                .filter(v -> v.outcome() != ExclusionOutcome.CLEAR)
                                .flatMap(v -> v.records().stream())
                                .map(t -> Long.toString(t.recordId()))
                                .distinct()
                                .collect(Collectors.joining("、"))),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        "否决情形按已提交申报材料的提交日期核查，未提交的按导出当日核查；核查期间含首尾两日。",
                        ListWorkbook.count("创建对象数", "个", rows.size(), total)),
                out);
    }

    private static String texts(List<ExclusionVerdict> verdicts, ExclusionOutcome outcome) {
        return verdicts.stream()
                .filter(v -> v.outcome() == outcome)
                .map(v -> v.article() == null ? v.textZh() : v.textZh() + "（" + v.article() + "）")
                .collect(Collectors.joining("；"));
    }

    static String state(DossierState s) {
        return switch (s) {
            case DRAFT -> "编制中";
            case SUBMITTED -> "已提交";
            case RETURNED -> "已退回";
            case WITHDRAWN -> "已撤回";
            case ACCEPTED -> "已受理";
        };
    }
}
