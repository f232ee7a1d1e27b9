package cn.ecozone.indicator.internal;

import cn.ecozone.region.Region;

/**
 * Whose values these are: a region itself, or one of its construction units (建设单元). A unit's
 * values are held with the unit's region (code and path, so data scope follows the region) and the
 * unit's id; the region's own values have unit id {@link #REGION_ITSELF}.
 *
 * @param region the region, or the unit's region
 * @param unitId the construction unit's id, or {@link #REGION_ITSELF}
 * @param unitName the unit's name, or null for the region itself
 */
public record ValueOwner(Region region, long unitId, String unitName) {

    /** The unit id stored for a region's own values and submissions. */
    public static final long REGION_ITSELF = 0;

    public static ValueOwner region(Region region) {
        return new ValueOwner(region, REGION_ITSELF, null);
    }

    public boolean isUnit() {
        return unitId != REGION_ITSELF;
    }

    /** The unit's id for the API, null for the region itself. */
    public Long unitOrNull() {
        return isUnit() ? unitId : null;
    }
}
