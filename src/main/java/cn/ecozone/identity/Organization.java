package cn.ecozone.identity;

/** An organization, tied to the region it serves; {@code parentName} is the parent's name, if any. */
public record Organization(
        long id,
        String name,
        OrganizationKind kind,
        String regionCode,
        String regionName,
        Long parentId,
        String parentName,
        long version) {}
