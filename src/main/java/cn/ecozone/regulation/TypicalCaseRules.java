package cn.ecozone.regulation;

import java.util.List;

/**
 * The selection of typical cases (典型案例遴选), where a regulation has one (Xilingol 第12–14条):
 * how often, the flow (recommend → review → publish) and the criteria.
 *
 * @param everyYears the selection repeats every N years; {@code null} if not stated
 */
public record TypicalCaseRules(
        Integer everyYears, String textZh, Citation citation, List<Step> steps, List<ApplicationRules.Rule> criteria) {}
