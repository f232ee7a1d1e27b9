package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.util.List;

/**
 * IM eco-civ art. 11(五): 国家重点生态功能区县域生态环境质量监测评价与考核结果为“一般变差”“明显变差”. An assessment
 * in the window with one of the grades named (parameter {@code grades}, {@code EcoQualityGrade} names)
 * excludes.
 */
final class QualityDecline implements ExclusionCheck {

    @Override
    public String code() {
        return "QUALITY_DECLINE";
    }

    @Override
    public List<String> parameterKeys() {
        return List.of("grades");
    }

    @Override
    public ExclusionVerdict check(CheckInput in) {
        List<String> grades = in.values("grades");
        List<RegisterEntry> declines = in.of(RegisterKind.ECO_QUALITY).stream()
                .filter(e -> grades.contains(e.level()))
                .toList();
        if (!declines.isEmpty()) {
            return in.excluded(
                    declines,
                    "近3年县域生态环境质量考核结果为“一般变差”或“明显变差”" + declines.size() + "次。",
                    declines.size() + " county eco-quality assessment(s) graded worse or significantly worse.",
                    List.of());
        }
        return in.clear(
                "近3年县域生态环境质量考核结果无“一般变差”“明显变差”。", "No eco-quality assessment graded worse in the window.", List.of());
    }
}
