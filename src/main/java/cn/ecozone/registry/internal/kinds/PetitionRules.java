package cn.ecozone.registry.internal.kinds;

import cn.ecozone.region.Region;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.internal.RecordValues;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 信访、12369 举报 (IM eco-civ art. 11(四)): the channel (category), received (occurredOn, not in the
 * future), due (required, not before receipt) and closed (optional, not before receipt, not in the
 * future), and what it is about (summary). The rates: {@link cn.ecozone.registry.PetitionRates}.
 */
@Component
class PetitionRules implements KindRules {

    @Override
    public RegisterKind kind() {
        return RegisterKind.PETITION;
    }

    @Override
    public RecordValues check(RegisterInput in, Region region, Common common, Checks checks) {
        String category = checks.category(in.category());
        LocalDate received = checks.pastDate("occurredOn", in.occurredOn());
        LocalDate due = checks.notBefore("dueOn", checks.required("dueOn", in.dueOn()), "occurredOn", received);
        LocalDate closed = checks.notBefore("closedOn", in.closedOn(), "occurredOn", received);
        if (closed != null && closed.isAfter(checks.today())) {
            checks.add("closedOn", "error.registry.future");
        }
        return common.values(kind(), category, received, null, null, null, null, due, closed, null, null, List.of());
    }
}
