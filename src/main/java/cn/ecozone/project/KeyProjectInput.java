package cn.ecozone.project;

import cn.ecozone.regulation.Programme;
import java.math.BigDecimal;

/**
 * The editable fields of a key project. {@code regionCode} and {@code programme} are read on creation
 * only; a project never moves to another region or programme.
 *
 * @param investment in 万元, at least 0
 * @param transformationMode 转化模式, free text (the rules list no modes; the UI suggests some)
 */
public record KeyProjectInput(
        String regionCode,
        Programme programme,
        String name,
        String content,
        String investor,
        BigDecimal investment,
        String expectedBenefits,
        String transformationMode,
        KeyProjectStatus status,
        Integer startYear,
        Integer endYear) {}
