package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The judgement shared by checks that read one yes/no field of the records of a kind whose category is
 * among the item's parameter {@code categories}: a record whose field has the excluding value excludes;
 * otherwise a record whose field is not recorded needs judgement; otherwise clear. Each check keeps its
 * own code, field and words.
 *
 * @param excludingValue the field's value that excludes ({@code true} for 重大, {@code false} for 完成)
 */
record FlaggedRecords(RegisterKind kind, Function<RegisterEntry, Boolean> field, boolean excludingValue) {

    /** What a verdict says, in Chinese and English, given the number of records it names. */
    record Words(IntFunction<String> zh, IntFunction<String> en) {}

    ExclusionVerdict judge(CheckInput in, Words excluding, Words unknown, Words clear) {
        List<String> categories = in.values("categories");
        List<RegisterEntry> records = in.of(kind).stream()
                .filter(e -> categories.contains(e.category()))
                .toList();
        List<RegisterEntry> hits = records.stream()
                .filter(e -> Boolean.valueOf(excludingValue).equals(field.apply(e)))
                .toList();
        if (!hits.isEmpty()) {
            return in.excluded(
                    hits, excluding.zh().apply(hits.size()), excluding.en().apply(hits.size()), List.of());
        }
        List<RegisterEntry> open =
                records.stream().filter(e -> field.apply(e) == null).toList();
        if (!open.isEmpty()) {
            return in.needsJudgement(
                    open, unknown.zh().apply(open.size()), unknown.en().apply(open.size()), List.of());
        }
        return in.clear(clear.zh().apply(records.size()), clear.en().apply(records.size()), List.of());
    }
}
