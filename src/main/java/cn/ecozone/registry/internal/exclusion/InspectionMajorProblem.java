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

    private static final FlaggedRecords MAJOR =
            new FlaggedRecords(RegisterKind.INSPECTION_FINDING, RegisterEntry::major, true);

    @Override
    public ExclusionVerdict check(CheckInput in) {
        return MAJOR.judge(
                in,
                new FlaggedRecords.Words(
                        n -> "近3年督察、专项督查发现重大问题" + n + "个。", n -> n + " major finding(s) of inspections in the window."),
                new FlaggedRecords.Words(
                        n -> "有" + n + "个督察问题未登记是否重大，请人工判断。",
                        n -> n + " finding(s) do not record whether they are major."),
                new FlaggedRecords.Words(n -> "近3年督察、专项督查未发现重大问题。", n -> "No major inspection finding in the window."));
    }
}
