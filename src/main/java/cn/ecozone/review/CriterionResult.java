package cn.ecozone.review;

import java.math.BigDecimal;

/**
 * One rubric criterion's aggregated score and how far the experts' scores spread ({@code max − min}).
 */
public record CriterionResult(
        String code, String textZh, BigDecimal aggregated, BigDecimal min, BigDecimal max, BigDecimal spread) {}
