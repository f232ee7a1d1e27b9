package cn.ecozone.publicity.internal;

import cn.ecozone.procedure.BodyActors;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Body;
import cn.ecozone.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who investigates a complaint about a dossier: the body the regulation's publicity entry names
 * ({@code complaints_investigated_by}: the IM department; the Guizhou municipal bureau for the municipal
 * publicity, the department for the provincial one), placed relative to the dossier's region.
 */
@Component
public class Investigators {

    private final RegionManagement regions;

    Investigators(RegionManagement regions) {
        this.regions = regions;
    }

    /** The investigating role, its region and that region's path. */
    public record Investigator(Role role, String regionCode, String regionPath) {}

    public Investigator of(Body body, String dossierRegionCode) {
        Region subject = regions.require(dossierRegionCode);
        String code = BodyActors.regionAt(BodyActors.level(body), subject.code(), subject.path());
        Region at = regions.require(code);
        return new Investigator(BodyActors.role(body, RegionLevel.COUNTY), at.code(), at.path());
    }
}
