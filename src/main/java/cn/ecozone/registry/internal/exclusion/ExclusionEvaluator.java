package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionReport;
import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Citation;
import cn.ecozone.regulation.Regulation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Computes one subject's {@link ExclusionReport} from records already read (Spring-free, no statement):
 * the window from the regulation's look-back years, the subject's confirmed records in it (region path
 * under the subject's), and every item's check.
 */
public final class ExclusionEvaluator {

    private ExclusionEvaluator() {}

    /** The window of a regulation as of a date; null when it names no look-back years. */
    public static ExclusionWindow window(Regulation regulation, LocalDate asOf) {
        Integer years = regulation.application().exclusions().lookBackYears();
        return years == null ? null : ExclusionWindow.of(asOf, years);
    }

    /**
     * @param candidates confirmed records, any region, any date: those outside the subject's region path or
     *     the window are ignored
     * @param settings the province's values for this regulation, by {@link #settingKey}
     */
    public static ExclusionReport evaluate(
            Regulation regulation,
            String subjectPath,
            LocalDate asOf,
            List<RegisterEntry> candidates,
            Map<String, BigDecimal> settings) {
        ApplicationRules.Exclusions rules = regulation.application().exclusions();
        Citation citation = rules.citation();
        ApplicationRules.WindowRule rule = rules.window();
        ExclusionWindow window = window(regulation, asOf);
        if (citation.silent() || window == null) {
            return new ExclusionReport(
                    regulation.code(),
                    regulation.version(),
                    rules.lookBackYears(),
                    null,
                    null,
                    null,
                    citation.article(),
                    true,
                    citation.noteZh(),
                    List.of(),
                    false,
                    null);
        }
        List<RegisterEntry> entries = candidates.stream()
                .filter(e -> e.regionPath().startsWith(subjectPath) && window.contains(e.occurredOn()))
                .toList();
        List<ExclusionVerdict> verdicts = rules.items().stream()
                .map(item -> ExclusionChecks.run(
                        new CheckInput(item, rules, window, entries, settingsOf(item.code(), settings))))
                .toList();
        String text = (rule == null ? "近" + rules.lookBackYears() + "年" : rule.textZh()) + "。本次：" + window.textZh();
        return new ExclusionReport(
                regulation.code(),
                regulation.version(),
                rules.lookBackYears(),
                window.from(),
                window.to(),
                text,
                citation.article(),
                false,
                citation.noteZh(),
                verdicts,
                rule != null && rule.citation().uncertain(),
                rule == null ? null : rule.citation().noteZh());
    }

    /** The key of a setting value: exclusion code and setting key. */
    public static String settingKey(String exclusionCode, String key) {
        return exclusionCode + "/" + key;
    }

    private static Map<String, BigDecimal> settingsOf(String code, Map<String, BigDecimal> settings) {
        String prefix = code + "/";
        return settings.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .collect(Collectors.toUnmodifiableMap(e -> e.getKey().substring(prefix.length()), Map.Entry::getValue));
    }
}
