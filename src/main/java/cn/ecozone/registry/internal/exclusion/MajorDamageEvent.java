package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import java.util.List;

/**
 * IM Two Mountains art. 9(四), Guizhou art. 7(四): 近3年…无重大生态环境破坏事件. An incident of the levels
 * and categories named ({@code incident_levels}, {@code incident_categories}) in the window excludes.
 */
final class MajorDamageEvent implements ExclusionCheck {

    @Override
    public String code() {
        return "MAJOR_DAMAGE_EVENT";
    }

    @Override
    public List<String> parameterKeys() {
        return List.of("incident_levels", "incident_categories");
    }

    @Override
    public ExclusionVerdict check(CheckInput in) {
        List<RegisterEntry> incidents = Incidents.matching(in, "incident_levels", "incident_categories");
        if (!incidents.isEmpty()) {
            return in.excluded(
                    incidents,
                    "近3年发生重大生态环境破坏事件" + incidents.size() + "起。",
                    incidents.size() + " major ecological damage event(s) in the window.",
                    List.of());
        }
        return in.clear("近3年无重大生态环境破坏事件。", "No major ecological damage event in the window.", List.of());
    }
}
