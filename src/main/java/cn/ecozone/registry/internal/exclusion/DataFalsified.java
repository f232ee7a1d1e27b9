package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.util.List;

/** IM eco-civ art. 11(六): 出现生态环境监测数据造假. Any falsification case in the window excludes. */
final class DataFalsified implements ExclusionCheck {

    @Override
    public String code() {
        return "DATA_FALSIFIED";
    }

    @Override
    public ExclusionVerdict check(CheckInput in) {
        List<RegisterEntry> cases = in.of(RegisterKind.DATA_FALSIFICATION);
        if (!cases.isEmpty()) {
            return in.excluded(
                    cases,
                    "近3年出现生态环境监测数据造假" + cases.size() + "起。",
                    cases.size() + " monitoring-data falsification case(s) in the window.",
                    List.of());
        }
        return in.clear("近3年未出现生态环境监测数据造假。", "No monitoring-data falsification in the window.", List.of());
    }
}
