package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.util.List;

/**
 * IM eco-civ art. 11(三): 发生重、特大突发环境事件或生态破坏事件的，或因重大生态环境问题被生态环境部约谈、挂牌督办或实施区域限批.
 * An incident of the levels and categories named ({@code incident_levels}, {@code incident_categories})
 * or a sanction of the categories named imposed at the levels named ({@code sanction_categories},
 * {@code sanction_levels}) for a major problem (when {@code sanction_requires_major}) in the window
 * excludes; such a sanction whose 重大 is not recorded needs judgement.
 */
final class IncidentOrSanction implements ExclusionCheck {

    @Override
    public String code() {
        return "INCIDENT_OR_SANCTION";
    }

    @Override
    public List<String> parameterKeys() {
        return List.of(
                "incident_levels",
                "incident_categories",
                "sanction_categories",
                "sanction_levels",
                "sanction_requires_major");
    }

    @Override
    public ExclusionVerdict check(CheckInput in) {
        List<RegisterEntry> incidents = Incidents.matching(in, "incident_levels", "incident_categories");
        List<String> categories = in.values("sanction_categories");
        List<String> levels = in.values("sanction_levels");
        boolean requiresMajor = in.flag("sanction_requires_major");
        List<RegisterEntry> sanctions = in.of(RegisterKind.SANCTION).stream()
                .filter(e -> categories.contains(e.category()) && levels.contains(e.level()))
                .toList();
        List<RegisterEntry> majorSanctions = sanctions.stream()
                .filter(e -> !requiresMajor || Boolean.TRUE.equals(e.major()))
                .toList();
        if (!incidents.isEmpty() || !majorSanctions.isEmpty()) {
            return in.excluded(
                    CheckInput.both(incidents, majorSanctions),
                    "近3年发生重、特大突发环境事件或生态破坏事件" + incidents.size() + "起，因重大生态环境问题被生态环境部约谈、挂牌督办或区域限批"
                            + majorSanctions.size() + "次。",
                    incidents.size() + " major or especially major incident(s) and " + majorSanctions.size()
                            + " sanction(s) by the Ministry for a major problem in the window.",
                    List.of());
        }
        List<RegisterEntry> unknown =
                sanctions.stream().filter(e -> e.major() == null).toList();
        if (requiresMajor && !unknown.isEmpty()) {
            return in.needsJudgement(
                    unknown,
                    "有" + unknown.size() + "次生态环境部约谈、挂牌督办或区域限批未登记是否因重大生态环境问题，请人工判断。",
                    unknown.size()
                            + " sanction(s) by the Ministry do not record whether a major problem was the cause.",
                    List.of());
        }
        return in.clear(
                "近3年无重、特大突发环境事件或生态破坏事件，无因重大生态环境问题被生态环境部约谈、挂牌督办或区域限批。",
                "No major incident and no sanction by the Ministry for a major problem in the window.",
                List.of());
    }
}
