package cn.ecozone.registry.internal.kinds;

import cn.ecozone.region.Region;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.internal.RecordValues;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 约谈、挂牌督办、区域限批 (IM eco-civ art. 11(三)) and 国家或省级挂牌督办/问责 for land and mineral
 * violations (Guizhou art. 24(2)): which (category), the date, the imposing body and its level, the
 * reason (summary) and whether it concerns a major problem (重大, required).
 */
@Component
class SanctionRules implements KindRules {

    /** The level of the imposing body, as RegisterEntry#level names them. */
    static final List<String> BODY_LEVELS = List.of("MINISTRY", "NATIONAL", "PROVINCE", "PREFECTURE");

    @Override
    public RegisterKind kind() {
        return RegisterKind.SANCTION;
    }

    @Override
    public RecordValues check(RegisterInput in, Region region, Common common, Checks checks) {
        String category = checks.category(in.category());
        LocalDate occurredOn = checks.pastDate("occurredOn", in.occurredOn());
        String imposedBy = checks.text("imposedBy", in.imposedBy(), 200, true);
        String level = checks.oneOf("level", in.level(), BODY_LEVELS, "registry.body.");
        Boolean major = checks.required("major", in.major());
        return common.values(
                kind(), category, occurredOn, null, level, major, null, null, null, null, imposedBy, List.of());
    }
}
