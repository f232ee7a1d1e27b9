package cn.ecozone.indicator.target;

import java.util.List;

/**
 * {@code GRADE_AT_LEAST}: a GRADE indicator must reach a grade or a better one, e.g. 达到"良"及以上 on
 * the scale 优, 良, 中, 差. The scale is the indicator's (best first, {@link Facts#gradeScale()}); the
 * edition's checks make sure {@code grade} is on it.
 *
 * <p>No grade entered gives {@code NO_DATA}. A grade that is not on the scale (the scale changed, or
 * the target's grade is missing from it) gives {@code NEEDS_JUDGEMENT}: which side of the target it
 * falls on is undecided. The gap counts grades: 0 when exactly at the target, +1 for one grade better,
 * −1 for one grade short.
 *
 * @param grade the lowest grade that meets the target
 */
public record GradeAtLeast(String grade) implements Target {

    @Override
    public Outcome evaluate(Facts facts) {
        if (facts.grade() == null || facts.grade().isBlank()) {
            return Outcome.noData(() -> Text.of("target.noValue"));
        }
        List<String> scale = facts.gradeScale();
        int target = scale.indexOf(grade);
        int actual = scale.indexOf(facts.grade().strip());
        if (target < 0 || actual < 0) {
            String offScale = target < 0 ? grade : facts.grade().strip();
            return Outcome.needsJudgement(() -> Text.of("target.GRADE_AT_LEAST.offScale", offScale));
        }
        boolean met = actual <= target;
        String entered = facts.grade().strip();
        return Outcome.metIf(
                met,
                (double) (target - actual),
                () -> Text.of(met ? "target.GRADE_AT_LEAST.met" : "target.GRADE_AT_LEAST.notMet", entered, grade));
    }

    @Override
    public Text describe(Facts facts) {
        return Text.of("target.GRADE_AT_LEAST.describe", grade);
    }

    @Override
    public String kind() {
        return "GRADE_AT_LEAST";
    }
}
