package cn.ecozone.opinion.internal;

import cn.ecozone.opinion.OpinionContent;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated sections of an opinion as headed paragraphs, the same for its DOCX and its PDF: the
 * exclusion checks, the division results (IM eco-civ art. 14(一)), the panel (art. 14(二)) and the
 * publicity and complaints (art. 14(三); Guizhou arts. 10, 16), each only where the chain has it.
 */
final class OpinionText {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private OpinionText() {}

    /** A section: its heading (numbered) and its lines. */
    record Section(String heading, List<String> lines) {}

    /** The heading of the candidacies' table, numbered first. */
    static String listHeading() {
        return NUMERALS[0] + "、申报地区名单";
    }

    static List<Section> sections(OpinionContent c) {
        List<Section> out = new ArrayList<>();
        out.add(new Section("负面清单核查情况", exclusions(c)));
        if (c.divisions()) {
            out.add(new Section("厅相关处室审核情况", divisions(c)));
        }
        if (c.panel()) {
            out.add(new Section("专家评审情况", panel(c)));
        }
        if (c.publicity()) {
            out.add(new Section("公示及投诉举报调查核实情况", publicity(c)));
        }
        List<Section> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            numbered.add(new Section(
                    NUMERALS[Math.min(i + 1, 9)] + "、" + out.get(i).heading(),
                    out.get(i).lines()));
        }
        return numbered;
    }

    private static List<String> exclusions(OpinionContent c) {
        List<String> lines = new ArrayList<>();
        for (OpinionContent.Candidacy d : c.candidacies()) {
            List<String> found = d.exclusions().stream()
                    .filter(e -> !"CLEAR".equals(e.outcome()))
                    .map(e -> trimmed(e.textZh()) + "（" + e.article() + "，" + outcomeZh(e.outcome()) + "）"
                            + (e.explanationZh() == null ? "" : "：" + trimmed(e.explanationZh())))
                    .toList();
            lines.add(d.subjectName() + "："
                    + (d.exclusions().isEmpty()
                            ? "规程未列负面情形。"
                            : found.isEmpty()
                                    ? "经核查，规程所列" + d.exclusions().size() + "项不得申报的情形均不存在。"
                                    : String.join("；", found) + "。"));
        }
        return lines;
    }

    private static List<String> divisions(OpinionContent c) {
        List<String> lines = new ArrayList<>();
        for (OpinionContent.Candidacy d : c.candidacies()) {
            if (d.divisionResults().isEmpty()) {
                lines.add(d.subjectName() + "：无处室审核记录。");
                continue;
            }
            List<String> parts = d.divisionResults().stream()
                    .map(r -> r.division()
                            + ("RETURN".equals(r.action()) ? "退回" : "审核通过")
                            + (r.opinion() == null || r.opinion().isBlank() ? "" : "，意见：" + r.opinion()))
                    .toList();
            lines.add(d.subjectName() + "：" + String.join("；", parts) + "。");
        }
        return lines;
    }

    private static List<String> panel(OpinionContent c) {
        List<String> lines = new ArrayList<>();
        for (OpinionContent.Candidacy d : c.candidacies()) {
            OpinionContent.Panel p = d.panelResult();
            if (p == null) {
                lines.add(d.subjectName() + "：无专家评审记录。");
                continue;
            }
            StringBuilder b = new StringBuilder(d.subjectName())
                    .append("：专家")
                    .append(p.expertCount())
                    .append("人评审")
                    .append(p.closed() ? "（已结束）" : "（未结束）");
            if (p.total() != null) {
                b.append("，综合得分").append(p.total().stripTrailingZeros().toPlainString());
            }
            if (p.aggregation() != null) {
                b.append("（").append(p.aggregation()).append("）");
            }
            b.append("。");
            for (OpinionContent.Score s : p.criteria()) {
                b.append(s.textZh())
                        .append(" ")
                        .append(
                                s.aggregated() == null
                                        ? "—"
                                        : s.aggregated().stripTrailingZeros().toPlainString())
                        .append("；");
            }
            lines.add(b.toString());
            for (OpinionContent.ExpertOpinion o : p.opinions()) {
                lines.add("　　" + o.alias() + "：" + o.opinion());
            }
            if (p.aggregationNote() != null && !p.aggregationNote().isBlank()) {
                lines.add("　　注：" + p.aggregationNote());
            }
        }
        return lines;
    }

    private static List<String> publicity(OpinionContent c) {
        List<String> lines = new ArrayList<>();
        for (OpinionContent.Candidacy d : c.candidacies()) {
            OpinionContent.Publicity p = d.publicityResult();
            if (p == null) {
                lines.add(d.subjectName() + "：无公示记录。");
                continue;
            }
            StringBuilder b = new StringBuilder(d.subjectName()).append("：");
            for (OpinionContent.Notice n : p.notices()) {
                b.append(n.issuerZh() == null ? "" : n.issuerZh())
                        .append("于")
                        .append(n.from())
                        .append("至")
                        .append(n.to())
                        .append("公示")
                        .append(n.documentNumber() == null ? "" : "（" + n.documentNumber() + "）")
                        .append("；");
            }
            b.append("收到投诉举报").append(p.complaints()).append("件");
            if (p.complaints() > 0) {
                b.append("，其中经调查属实")
                        .append(p.foundTrue())
                        .append("件、不属实或无依据")
                        .append(p.untrueOrUnsupported())
                        .append("件、已解决")
                        .append(p.resolved())
                        .append("件、尚在调查")
                        .append(p.open())
                        .append("件");
            }
            b.append(p.blocking() ? "。存在影响推荐的投诉举报。" : "。");
            lines.add(b.toString());
        }
        return lines;
    }

    /** A sentence without its closing full stop, so that sentences join with "；". */
    private static String trimmed(String text) {
        String t = text.strip();
        while (t.endsWith("。") || t.endsWith("；")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String outcomeZh(String outcome) {
        return switch (outcome) {
            case "EXCLUDED" -> "存在";
            case "NEEDS_JUDGEMENT" -> "需研判";
            default -> "不存在";
        };
    }
}
