package cn.ecozone.region;

import java.time.Instant;

/** A construction unit (建设单元) under a region, such as a small watershed, a park or a village. */
public record ConstructionUnit(
        long id,
        String regionCode,
        String regionName,
        String name,
        ConstructionUnitKind kind,
        String description,
        long version,
        Instant createdAt) {}
