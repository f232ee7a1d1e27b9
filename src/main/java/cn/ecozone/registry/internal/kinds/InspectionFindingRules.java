package cn.ecozone.registry.internal.kinds;

import cn.ecozone.region.Region;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.internal.RecordValues;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 督察、专项督查发现的问题 (IM eco-civ art. 11(一)): which inspection (category), the date found, the
 * finding (summary), whether it is 重大 (required), the rectification tasks with planned dates, and the
 * completion date (completed once set).
 */
@Component
class InspectionFindingRules implements KindRules {

    @Override
    public RegisterKind kind() {
        return RegisterKind.INSPECTION_FINDING;
    }

    @Override
    public RecordValues check(RegisterInput in, Region region, Common common, Checks checks) {
        String category = checks.category(in.category());
        LocalDate occurredOn = checks.pastDate("occurredOn", in.occurredOn());
        Boolean major = checks.required("major", in.major());
        List<RegisterInput.Task> tasks = Rectification.tasks(in.tasks(), occurredOn, checks);
        LocalDate completedOn = Rectification.completedOn(in.completedOn(), occurredOn, tasks, checks);
        return common.values(
                kind(),
                category,
                occurredOn,
                null,
                null,
                major,
                completedOn != null,
                null,
                null,
                completedOn,
                null,
                tasks);
    }
}
