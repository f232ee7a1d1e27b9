package cn.ecozone.registry.internal.kinds;

import cn.ecozone.region.Region;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.internal.RecordValues;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 突发环境事件、生态破坏事件 (IM eco-civ art. 11(三)): which (category), the date, the level
 * (一般/较大/重大/特别重大) and the description (summary).
 */
@Component
class IncidentRules implements KindRules {

    /** 一般、较大、重大、特别重大, as RegisterEntry#level names them. */
    static final List<String> LEVELS = List.of("GENERAL", "LARGER", "MAJOR", "ESPECIALLY_MAJOR");

    @Override
    public RegisterKind kind() {
        return RegisterKind.INCIDENT;
    }

    @Override
    public RecordValues check(RegisterInput in, Region region, Common common, Checks checks) {
        String category = checks.category(in.category());
        LocalDate occurredOn = checks.pastDate("occurredOn", in.occurredOn());
        String level = checks.oneOf("level", in.level(), LEVELS, "registry.level.");
        return common.values(kind(), category, occurredOn, null, level, null, null, null, null, null, null, List.of());
    }
}
