package cn.ecozone.region;

import cn.ecozone.region.internal.ConstructionUnitEntity;
import cn.ecozone.region.internal.ConstructionUnits;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Construction units under regions. Every read and write is limited to the actor's data scope; a
 * unit outside it is reported as not found, so its existence does not leak.
 */
@Service
@Transactional(readOnly = true)
public class ConstructionUnitManagement {

    private final ConstructionUnits units;
    private final RegionManagement regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConstructionUnitManagement(
            ConstructionUnits units, RegionManagement regions, ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The names of the units {@code ids} that exist, for the page of a list whose rows the caller has
     * already limited to the actor's scope: one statement however many ids.
     */
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return units.findAllById(ids).stream()
                .collect(Collectors.toMap(ConstructionUnitEntity::id, ConstructionUnitEntity::name));
    }

    public ConstructionUnit get(long id, Actor actor) {
        return toUnit(visible(id, actor));
    }

    /** Creates a unit. Precondition: the region lies in the actor's scope. */
    @Transactional
    public ConstructionUnit create(
            String regionCode, String name, ConstructionUnitKind kind, String description, Actor actor) {
        Region region = regions.require(regionCode);
        if (!actor.scope().includes(region.path())) {
            throw ApiException.forbidden("error.scope.outside");
        }
        if (units.existsByRegionCodeAndName(regionCode, name)) {
            throw ApiException.conflict("error.unit.duplicate", name);
        }
        ConstructionUnitEntity unit = units.saveAndFlush(new ConstructionUnitEntity(
                region.code(), region.path(), name, kind, description, actor.userId(), clock.instant()));
        events.publishEvent(new ConstructionUnitChanged(
                unit.id(),
                List.of(
                        new FieldChange("regionCode", null, regionCode),
                        new FieldChange("name", null, name),
                        new FieldChange("kind", null, kind.name()))));
        return toUnit(unit);
    }

    @Transactional
    public ConstructionUnit update(
            long id, String name, ConstructionUnitKind kind, String description, long version, Actor actor) {
        ConstructionUnitEntity unit = visible(id, actor);
        if (unit.version() != version) {
            throw ApiException.conflict("error.conflict.stale");
        }
        if (!unit.name().equals(name) && units.existsByRegionCodeAndName(unit.regionCode(), name)) {
            throw ApiException.conflict("error.unit.duplicate", name);
        }
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "name", unit.name(), name);
        FieldChange.addIfChanged(changes, "kind", unit.kind().name(), kind.name());
        FieldChange.addIfChanged(changes, "description", unit.description(), description);
        unit.change(name, kind, description);
        units.saveAndFlush(unit);
        events.publishEvent(new ConstructionUnitChanged(id, changes));
        return toUnit(unit);
    }

    @Transactional
    public void delete(long id, Actor actor) {
        ConstructionUnitEntity unit = visible(id, actor);
        units.delete(unit);
        units.flush();
        events.publishEvent(new ConstructionUnitChanged(id, List.of(new FieldChange("name", unit.name(), null))));
    }

    private ConstructionUnitEntity visible(long id, Actor actor) {
        return units.findById(id)
                .filter(u -> actor.scope().includes(u.regionPath()))
                .orElseThrow(() -> ApiException.notFound("error.unit.not-found", id));
    }

    private ConstructionUnit toUnit(ConstructionUnitEntity u) {
        return new ConstructionUnit(
                u.id(),
                u.regionCode(),
                regions.require(u.regionCode()).name(),
                u.name(),
                u.kind(),
                u.description(),
                u.version(),
                u.createdAt());
    }
}
