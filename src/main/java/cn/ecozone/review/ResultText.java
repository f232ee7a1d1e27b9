package cn.ecozone.review;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/** The aggregated result as the opinion of the step it completes, experts by alias only. */
public final class ResultText {

    private ResultText() {}

    /** The text; precondition: the result is open (its scores readable). */
    public static String of(PanelResult r) {
        String criteria = r.criteria().stream()
                .map(c -> c.textZh() + " " + plain(c.aggregated()))
                .collect(Collectors.joining("；"));
        String rule = "TRIMMED_MEAN".equals(r.aggregation()) ? "去掉一个最高分和一个最低分后平均（不足规定人数时取平均）" : "平均";
        String opinions =
                r.opinions().stream().map(o -> o.alias() + "：" + o.opinion()).collect(Collectors.joining("\n"));
        String text = "专家评审结果（" + r.expertCount() + "名专家，" + rule + "）：总分 " + plain(r.total()) + "；" + criteria + "。\n"
                + opinions;
        // the timeline keeps at most 2,000 characters; the whole result stays with the panel
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    /** A score, or 无 where nobody scored. */
    private static String plain(BigDecimal value) {
        return value == null ? "无" : value.toPlainString();
    }
}
