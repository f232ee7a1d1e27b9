package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.util.List;

/**
 * IM Two Mountains art. 9(四), Guizhou art. 7(四): 近3年…督察、各类专项督查等未发现重大问题. A major finding of
 * the inspections named (parameter {@code categories}) in the window excludes, rectified or not; a finding
 * whose 重大 is not recorded needs judgement.
 */
final class InspectionMajorProblem implements ExclusionCheck {

    @Override
    public String code() {
        return "INSPECTION_MAJOR_PROBLEM";
    }

    @Override
    public List<String> parameterKeys() {
        return List.of("categories");
    }

    @Override
    public ExclusionVerdict check(CheckInput in) {
        List<String> categories = in.values("categories");
        List<RegisterEntry> findings = in.of(RegisterKind.INSPECTION_FINDING).stream()
                .filter(e -> categories.contains(e.category()))
                .toList();
        List<RegisterEntry> major =
                findings.stream().filter(e -> Boolean.TRUE.equals(e.major())).toList();
        if (!major.isEmpty()) {
            return in.excluded(
                    major,
                    "近3年督察、专项督查发现重大问题" + major.size() + "个。",
                    major.size() + " major finding(s) of inspections in the window.",
                    List.of());
        }
        List<RegisterEntry> unknown =
                findings.stream().filter(e -> e.major() == null).toList();
        if (!unknown.isEmpty()) {
            return in.needsJudgement(
                    unknown,
                    "有" + unknown.size() + "个督察问题未登记是否重大，请人工判断。",
                    unknown.size() + " finding(s) do not record whether they are major.",
                    List.of());
        }
        return in.clear("近3年督察、专项督查未发现重大问题。", "No major inspection finding in the window.", List.of());
    }
}
