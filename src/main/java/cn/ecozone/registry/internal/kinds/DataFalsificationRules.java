package cn.ecozone.registry.internal.kinds;

import cn.ecozone.region.Region;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.internal.RecordValues;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 生态环境监测数据造假 (IM eco-civ art. 11(六)): the date the case was established (occurredOn), the
 * body that found it (imposedBy, optional) and what was falsified (summary).
 */
@Component
class DataFalsificationRules implements KindRules {

    @Override
    public RegisterKind kind() {
        return RegisterKind.DATA_FALSIFICATION;
    }

    @Override
    public RecordValues check(RegisterInput in, Region region, Common common, Checks checks) {
        LocalDate occurredOn = checks.pastDate("occurredOn", in.occurredOn());
        String imposedBy = checks.text("imposedBy", in.imposedBy(), 200, false);
        return common.values(kind(), null, occurredOn, null, null, null, null, null, null, null, imposedBy, List.of());
    }
}
