package cn.ecozone.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The exclusions of one subject under one regulation version as of a date.
 *
 * @param lookBackYears the regulation's 近N年; null when silent
 * @param windowFrom the window's first day, included (as-of date minus the look-back years); null when silent
 * @param windowTo the window's last day, included (the as-of date); null when silent
 * @param windowTextZh the window rule in words with this report's dates
 * @param article the article of the exclusions
 * @param silent the regulation names no exclusions (then there are no verdicts)
 * @param noteZh the regulation's note on the exclusions
 * @param windowUncertain the window rule is a reading of the regulation's words (近3年), not its text
 * @param windowNoteZh the note on that reading
 */
public record ExclusionReport(
        String regulationCode,
        int regulationVersion,
        @Nullable Integer lookBackYears,
        @Nullable LocalDate windowFrom,
        @Nullable LocalDate windowTo,
        @Nullable String windowTextZh,
        @Nullable String article,
        boolean silent,
        @Nullable String noteZh,
        List<ExclusionVerdict> verdicts,
        boolean windowUncertain,
        @Nullable String windowNoteZh) {

    /** Any verdict EXCLUDED: blocks a dossier's submission. */
    @JsonProperty("excluded")
    public boolean excluded() {
        return verdicts.stream().anyMatch(v -> v.outcome() == ExclusionOutcome.EXCLUDED);
    }

    /** Any verdict NEEDS_JUDGEMENT (shown amber; does not block by itself). */
    @JsonProperty("needsJudgement")
    public boolean needsJudgement() {
        return verdicts.stream().anyMatch(v -> v.outcome() == ExclusionOutcome.NEEDS_JUDGEMENT);
    }
}
