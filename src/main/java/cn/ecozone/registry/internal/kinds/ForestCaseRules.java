package cn.ecozone.registry.internal.kinds;

import cn.ecozone.region.Region;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.internal.RecordValues;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 森林资源案件 (Guizhou art. 24(3)): the case's date, what happened (summary), the rectification tasks
 * and the completion date (completed once set).
 */
@Component
class ForestCaseRules implements KindRules {

    @Override
    public RegisterKind kind() {
        return RegisterKind.FOREST_CASE;
    }

    @Override
    public RecordValues check(RegisterInput in, Region region, Common common, Checks checks) {
        LocalDate occurredOn = checks.pastDate("occurredOn", in.occurredOn());
        List<RegisterInput.Task> tasks = Rectification.tasks(in.tasks(), occurredOn, checks);
        LocalDate completedOn = Rectification.completedOn(in.completedOn(), occurredOn, tasks, checks);
        return common.values(
                kind(), null, occurredOn, null, null, null, completedOn != null, null, null, completedOn, null, tasks);
    }
}
