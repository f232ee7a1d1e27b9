package cn.ecozone.project.internal;

import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.project.KeyProjectInput;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.RegulationSummary;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.math.BigDecimal;
import java.util.List;

/** The checks of a key project's input and of who may change it; each failure is a 400 or 403 with its field. */
public final class KeyProjectChecks {

    private static final BigDecimal MAX_INVESTMENT = new BigDecimal("999999999999.99");

    private KeyProjectChecks() {}

    /**
     * The subject of a region: its county government (旗县市区, Xilingol art. 2) or, for a league or city
     * that is a subject itself (IM eco-civ art. 2), its government; sitting at that very region.
     */
    public static boolean isSubject(Actor actor, String regionCode, RegionLevel level) {
        return SubjectRoles.isGovernment(actor, regionCode, level);
    }

    /** A programme applies to a region when a regulation of it (drafts included) has its jurisdiction above. */
    public static boolean applies(Programme programme, Region region, List<RegulationSummary> regulations) {
        return regulations.stream()
                .anyMatch(r -> r.programme() == programme && region.path().contains("/" + r.jurisdiction() + "/"));
    }

    /** Trims the text fields and checks them; returns the cleaned input. */
    public static KeyProjectInput clean(KeyProjectInput in) {
        if (in.programme() == null) {
            throw ApiException.invalid("programme", "validation.required");
        }
        String name = text(in.name(), "name", 200);
        if (name == null) {
            throw ApiException.invalid("name", "validation.required");
        }
        if (in.status() == null) {
            throw ApiException.invalid("status", "validation.required");
        }
        if (in.investment() != null
                && (in.investment().signum() < 0 || in.investment().compareTo(MAX_INVESTMENT) > 0)) {
            throw ApiException.invalid("investment", "error.project.investment");
        }
        if (in.investment() != null && in.investment().scale() > 2) {
            throw ApiException.invalid("investment", "error.project.investment-scale");
        }
        year(in.startYear(), "startYear");
        year(in.endYear(), "endYear");
        if (in.startYear() != null && in.endYear() != null && in.endYear() < in.startYear()) {
            throw ApiException.invalid("endYear", "error.project.end-before-start", in.startYear());
        }
        return new KeyProjectInput(
                in.regionCode(),
                in.programme(),
                name,
                text(in.content(), "content", 2000),
                text(in.investor(), "investor", 200),
                in.investment(),
                text(in.expectedBenefits(), "expectedBenefits", 2000),
                text(in.transformationMode(), "transformationMode", 100),
                in.status(),
                in.startYear(),
                in.endYear());
    }

    private static String text(String s, String field, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            throw ApiException.invalid(field, "error.project.too-long", max);
        }
        return t;
    }

    private static void year(Integer y, String field) {
        if (y != null && (y < 2000 || y > 2100)) {
            throw ApiException.invalid(field, "error.project.year", 2000, 2100);
        }
    }
}
