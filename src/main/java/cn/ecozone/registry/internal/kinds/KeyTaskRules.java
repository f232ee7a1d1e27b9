package cn.ecozone.registry.internal.kinds;

import cn.ecozone.region.Region;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.internal.RecordValues;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 重点工作任务 (IM eco-civ art. 11(二)): the task (category), the year assessed, completed or not
 * (required), and the date the result was published (occurredOn; the source document's date when not
 * given).
 */
@Component
class KeyTaskRules implements KindRules {

    @Override
    public RegisterKind kind() {
        return RegisterKind.KEY_TASK;
    }

    @Override
    public RecordValues check(RegisterInput in, Region region, Common common, Checks checks) {
        String category = checks.category(in.category());
        Integer year = checks.year("year", in.year());
        Boolean completed = checks.required("completed", in.completed());
        LocalDate published =
                checks.pastDate("occurredOn", in.occurredOn() != null ? in.occurredOn() : in.sourceDate());
        return common.values(
                kind(), category, published, year, null, null, completed, null, null, null, null, List.of());
    }
}
