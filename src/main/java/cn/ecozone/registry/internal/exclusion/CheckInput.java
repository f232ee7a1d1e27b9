package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionOutcome;
import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Citation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a check reads: the exclusion item of the regulation, its parameters and province settings, the
 * window, and the subject's confirmed records in it; and the verdicts it answers with, which carry the
 * item's sentence, article and notes.
 *
 * @param entries the subject's confirmed records whose date lies in {@code window}, earliest first
 * @param settings the province's values of this item's settings by key; a key is absent until set
 */
public record CheckInput(
        ApplicationRules.Rule item,
        ApplicationRules.Exclusions rules,
        ExclusionWindow window,
        List<RegisterEntry> entries,
        Map<String, BigDecimal> settings) {

    /** The values of the item's parameter {@code key}. */
    public List<String> values(String key) {
        return rules.parameter(item.code(), key)
                .orElseThrow(() -> new IllegalStateException(item.code() + " has no parameter " + key))
                .values();
    }

    /** A true/false parameter. */
    public boolean flag(String key) {
        return Boolean.parseBoolean(values(key).getFirst());
    }

    /** The records of one kind. */
    public List<RegisterEntry> of(RegisterKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The item's setting definition {@code key}. */
    public ApplicationRules.ExclusionSetting setting(String key) {
        return rules.settingsOf(item.code()).stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(item.code() + " has no setting " + key));
    }

    public ExclusionVerdict excluded(
            List<RegisterEntry> triggers, String zh, String en, List<ExclusionVerdict.Figure> figures) {
        return verdict(ExclusionOutcome.EXCLUDED, zh, en, triggers, figures);
    }

    public ExclusionVerdict clear(String zh, String en, List<ExclusionVerdict.Figure> figures) {
        return verdict(ExclusionOutcome.CLEAR, zh, en, List.of(), figures);
    }

    public ExclusionVerdict needsJudgement(
            List<RegisterEntry> records, String zh, String en, List<ExclusionVerdict.Figure> figures) {
        return verdict(ExclusionOutcome.NEEDS_JUDGEMENT, zh, en, records, figures);
    }

    /** The verdict with the item's sentence, article, uncertainty and notes (item, parameters, settings). */
    public ExclusionVerdict verdict(
            ExclusionOutcome outcome,
            String zh,
            String en,
            List<RegisterEntry> records,
            List<ExclusionVerdict.Figure> figures) {
        String code = item.code();
        List<Citation> cited = new ArrayList<>();
        cited.add(item.citation());
        rules.parameters().stream().filter(p -> p.item().equals(code)).forEach(p -> cited.add(p.citation()));
        List<ApplicationRules.ExclusionSetting> settingsOf = rules.settingsOf(code);
        settingsOf.forEach(s -> cited.add(s.citation()));
        boolean uncertain = cited.stream().anyMatch(Citation::uncertain);
        List<String> notes = cited.stream()
                .map(Citation::noteZh)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return new ExclusionVerdict(
                code,
                item.textZh(),
                item.citation().article(),
                outcome,
                zh,
                en,
                records.stream().map(ExclusionVerdict.Trigger::of).toList(),
                List.copyOf(figures),
                !settingsOf.isEmpty(),
                uncertain,
                notes.isEmpty() ? null : String.join(" ", notes));
    }

    /** The records listed first, then the others, without duplicates. */
    static List<RegisterEntry> both(List<RegisterEntry> first, List<RegisterEntry> second) {
        return Stream.concat(first.stream(), second.stream()).distinct().toList();
    }
}
