package cn.ecozone.project.internal;

import cn.ecozone.plan.PlanContent;
import cn.ecozone.plan.PlanKeyProjectsSetOut;
import cn.ecozone.project.KeyProjectChanged;
import cn.ecozone.project.KeyProjectInput;
import cn.ecozone.project.KeyProjectStatus;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.AuditedChange.FieldChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes a plan's key projects into the key project library (issue 14 §8: entered once, in the plan):
 * each row of the plan's content is one record, linked by the plan's id and the row's key (unique,
 * V115). A new row creates its record (谋划, planned); a changed row updates its record's name,
 * investment and content (the plan is their source; investor, status, years, benefits and mode are
 * the library's and stay), each change kept in the record's history; a removed row leaves its record
 * in the library, no longer linked to a row. Runs in the plan's saving transaction: a failure here
 * undoes the save.
 */
@Component
class PlanKeyProjectSync {

    private final KeyProjects projects;
    private final KeyProjectChanges changes;
    private final RegionManagement regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanKeyProjectSync(
            KeyProjects projects,
            KeyProjectChanges changes,
            RegionManagement regions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.projects = projects;
        this.changes = changes;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(PlanKeyProjectsSetOut saved) {
        Region region = regions.require(saved.regionCode());
        Programme programme = Programme.valueOf(saved.programme());
        Instant now = clock.instant();
        String why = "规划《" + saved.planTitle() + "》的重点项目";
        Map<String, KeyProjectEntity> linked = new HashMap<>();
        projects.linkedTo(saved.planId(), "%").forEach(p -> linked.put(p.planEntry(), p));
        for (PlanContent.KeyProject row : saved.keyProjects()) {
            KeyProjectEntity p = linked.remove(row.key());
            BigDecimal investment = row.investment() == null
                    ? null
                    : BigDecimal.valueOf(row.investment()).setScale(2, RoundingMode.HALF_UP);
            if (p == null) {
                KeyProjectInput in = KeyProjectChecks.clean(new KeyProjectInput(
                        region.code(),
                        programme,
                        row.nameZh(),
                        row.content(),
                        null,
                        investment,
                        null,
                        null,
                        KeyProjectStatus.PLANNED,
                        null,
                        null));
                p = projects.saveAndFlush(KeyProjectEntity.fromPlan(
                        region.code(),
                        region.path(),
                        in,
                        saved.by(),
                        now,
                        saved.planId(),
                        row.key(),
                        saved.planTitle()));
                events.publishEvent(new KeyProjectChanged(
                        p.id(),
                        p.regionCode(),
                        p.name(),
                        KeyProjectChanged.Kind.CREATED,
                        why,
                        KeyProjectEntity.asCreated(in, now)));
            } else {
                KeyProjectInput in = KeyProjectChecks.clean(new KeyProjectInput(
                        null,
                        programme,
                        row.nameZh(),
                        row.content(),
                        null,
                        investment,
                        null,
                        null,
                        p.status(),
                        null,
                        null));
                record(p, p.takeFromPlan(in.name(), in.investment(), in.content(), saved.planTitle(), now), saved, why);
            }
        }
        for (KeyProjectEntity gone : linked.values()) {
            record(gone, gone.leavePlan(now), saved, "已从规划《" + saved.planTitle() + "》的内容中删除");
        }
    }

    private void record(KeyProjectEntity p, List<FieldChange> changed, PlanKeyProjectsSetOut saved, String why) {
        projects.saveAndFlush(p);
        if (changed.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (FieldChange c : changed) {
            changes.save(
                    new KeyProjectChangeEntity(p.id(), c.field(), c.oldValue(), c.newValue(), saved.by(), now, why));
        }
        events.publishEvent(
                new KeyProjectChanged(p.id(), p.regionCode(), p.name(), KeyProjectChanged.Kind.UPDATED, why, changed));
    }
}
