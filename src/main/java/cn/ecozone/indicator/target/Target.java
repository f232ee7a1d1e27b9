package cn.ecozone.indicator.target;

/**
 * A typed target of one indicator (指标目标值), e.g. "≥60%", "稳定提高", "超过当年度全省平均水平".
 *
 * <p>Implementations are immutable, free of Spring and safe to share between threads; build them with {@link
 * TargetSpecs#parse}. Precondition for both methods: {@code facts} is not null (use {@link Facts#empty()} when nothing
 * is known).
 */
public sealed interface Target
        permits Comparison,
                SteadyImprovement,
                NotDecrease,
                StableOrImproving,
                ChangeAbove,
                AboveReferenceAverage,
                YesNo,
                ByTerrain,
                AllOf,
                Manual,
                GradeAtLeast {

    /** Evaluates the facts of one region, indicator and year against this target. */
    Outcome evaluate(Facts facts);

    /** The target as applied to this region, e.g. ≥ 35%（干旱半干旱地区）. */
    Text describe(Facts facts);

    /** The spec kind name, e.g. {@code AT_LEAST}; one of {@link TargetSpecs#kinds()}. */
    String kind();
}
