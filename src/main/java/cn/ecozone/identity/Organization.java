package cn.ecozone.identity;

/** An organization, tied to the region it serves. */
public record Organization(
        long id,
        String name,
        OrganizationKind kind,
        String regionCode,
        String regionName,
        Long parentId,
        long version) {}
