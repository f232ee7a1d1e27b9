package cn.ecozone.indicator.internal.export;

import cn.ecozone.indicator.Attainment;
import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.EvaluationManagement.Ranked;
import cn.ecozone.indicator.Scorecard;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.ValueRow;
import cn.ecozone.region.Region;
import cn.ecozone.shared.ListWorkbook;
import cn.ecozone.shared.ListWorkbook.Sheet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes the evaluation workbooks of issue 14 §5 with Chinese headers: a scorecard, a ranking, and a
 * league's summary (汇总表: its counties' values, county by indicator, and their results). Each ends
 * with the sheet 说明 naming the edition, the region, the year, who exported it and when.
 */
@Component
public class EvaluationWorkbooks {

    /** What the sheet 说明 says besides the counts: the edition, region and year, who and when. */
    public record About(String editionTitle, String editionCode, String regionName, int year, String who, String when) {

        List<String> lines(String... more) {
            List<String> lines = new ArrayList<>(List.of(
                    "指标体系：" + editionTitle + "（" + editionCode + "）",
                    "地区：" + regionName,
                    "年度：" + year + "年",
                    "导出人：" + who,
                    "导出时间：" + when));
            Arrays.stream(more).filter(line -> !line.isEmpty()).forEach(lines::add);
            return lines;
        }
    }

    static final List<String> SCORECARD_HEADERS =
            List.of("序号", "指标", "类型", "目标值（原文）", "目标（按本地区适用）", "数值", "单位", "完成情况", "差距", "说明");

    static final List<String> RANKING_HEADERS = List.of("排名", "行政区划代码", "行政区划名称", "达标", "适用", "得分");

    /** Writes one scorecard: a row per indicator, the summary in 说明. */
    public void scorecard(Scorecard card, About about, OutputStream out) throws IOException {
        Scorecard.Summary s = card.summary();
        ListWorkbook.write(
                "指标评估",
                SCORECARD_HEADERS,
                card.rows(),
                r -> Arrays.asList(
                        r.number(),
                        r.name(),
                        binding(r.binding()),
                        r.targetText(),
                        r.appliedTarget(),
                        value(r.value(), r.flag(), r.grade()),
                        r.unit(),
                        status(r.status()),
                        r.gap(),
                        r.reason()),
                about.lines(
                        "达标 " + s.met() + " / 适用 " + s.applicable() + "；未达标 " + s.notMet() + "，无数据 " + s.noData()
                                + "，需人工研判 " + s.needsJudgement(),
                        "得分：" + (s.score() == null ? "无" : plain(s.score())),
                        card.synthetic() ? "含演示数据" : "",
                        card.editionComplete() ? "" : "该指标体系尚不完整，评估结果仅供参考"),
                out);
    }

    /** Writes a ranking: regions without data last, as 无数据. */
    public void ranking(List<Ranked> ranked, About about, OutputStream out) throws IOException {
        ListWorkbook.write(
                "排名",
                RANKING_HEADERS,
                ranked,
                r -> Arrays.asList(
                        r.noData() ? "无数据" : r.rank(),
                        r.regionCode(),
                        r.regionName(),
                        r.noData() ? null : r.met(),
                        r.applicable(),
                        r.score()),
                about.lines("地区数：" + ranked.size(), "排名按得分、再按达标指标数；当年未填报任何数值的地区列为无数据"),
                out);
    }

    /**
     * Writes a league's summary: the sheet 数值 (a row per county, a column per indicator, the
     * county's own values of the year) and the sheet 评估结果 (the ranking of the same counties).
     *
     * @param values the counties' values of the year by region code, then by indicator code
     */
    public void summary(
            EditionModel model,
            List<Region> counties,
            Map<String, Map<String, ValueRow>> values,
            List<Ranked> ranked,
            About about,
            OutputStream out)
            throws IOException {
        List<EditionModel.Row> rows = model.rows();
        List<String> valueHeaders = new ArrayList<>(List.of("行政区划代码", "行政区划名称"));
        for (EditionModel.Row row : rows) {
            String name = (row.number() == null ? "" : row.number() + ". ") + row.nameZh();
            valueHeaders.add(row.unit() == null || row.unit().isBlank() ? name : name + "（" + row.unit() + "）");
        }
        Sheet<Region> valueSheet = new Sheet<>("数值", valueHeaders, counties, county -> {
            Map<String, ValueRow> held = values.getOrDefault(county.code(), Map.of());
            List<Object> cells = new ArrayList<>(List.of(county.code(), county.name()));
            for (EditionModel.Row row : rows) {
                ValueRow v = held.get(row.code());
                cells.add(v == null ? null : value(v.numberValue(), v.flagValue(), v.gradeValue()));
            }
            return cells;
        });
        List<String> resultHeaders = List.of("行政区划代码", "行政区划名称", "达标", "适用", "达标/适用", "得分", "排名");
        Sheet<Ranked> resultSheet = new Sheet<>(
                "评估结果",
                resultHeaders,
                ranked,
                r -> Arrays.asList(
                        r.regionCode(),
                        r.regionName(),
                        r.noData() ? null : r.met(),
                        r.applicable(),
                        r.noData() ? "无数据" : r.met() + " / " + r.applicable(),
                        r.score(),
                        r.noData() ? "无数据" : r.rank()));
        ListWorkbook.write(
                List.of(valueSheet, resultSheet),
                about.lines("下辖地区数：" + counties.size(), "数值为各地区本级填报的数值（不含建设单位）；评估结果按该指标体系的目标判定，当年未填报任何数值的地区列为无数据"),
                out);
    }

    /** A held value as a cell: the number, 是/否, or the grade. */
    static Object value(Double number, Boolean flag, String grade) {
        if (number != null) {
            return number;
        }
        if (flag != null) {
            return flag ? "是" : "否";
        }
        return grade;
    }

    static String binding(Binding binding) {
        return binding == Binding.BINDING ? "约束性" : "参考性";
    }

    static String status(Attainment status) {
        return switch (status) {
            case MET -> "达标";
            case NOT_MET -> "未达标";
            case NO_DATA -> "无数据";
            case NOT_APPLICABLE -> "不适用";
            case NEEDS_JUDGEMENT -> "需人工研判";
        };
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
