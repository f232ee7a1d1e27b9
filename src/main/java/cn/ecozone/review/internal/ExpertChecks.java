package cn.ecozone.review.internal;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.review.ExpertRelations;
import cn.ecozone.shared.ApiException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The checks of what staff enter for a pool expert (by hand or by import): each refusal is a 400 naming
 * the field, and nothing is saved.
 */
@Component
public class ExpertChecks {

    private static final Set<String> EMPLOYER_KINDS = Set.of("GOVERNMENT", "DEPARTMENT", "CONSULTANCY", "OTHER");
    private static final Set<String> PLAN_PARTS = Set.of("DRAFTED", "REVIEWED");

    private final Experts experts;
    private final RegionManagement regions;

    ExpertChecks(Experts experts, RegionManagement regions) {
        this.experts = experts;
        this.regions = regions;
    }

    /** What an expert's details are made of, as entered. */
    public record Entered(
            String name,
            List<String> fields,
            String organization,
            String orgRegionCode,
            String title,
            String contact,
            Long userId) {}

    /**
     * The checked details; {@code self} is the expert being changed (null for a new one), whose own
     * account link is no clash.
     */
    public ExpertEntity.Details details(Entered in, Long self) {
        String name = required("name", in.name(), 100);
        String org = required("organization", in.organization(), 200);
        fields(in.fields());
        Region region = region("orgRegionCode", in.orgRegionCode());
        String title = optional("title", in.title(), 100);
        String contact = optional("contact", in.contact(), 100);
        if (in.userId() != null
                && experts.findByUserId(in.userId())
                        .filter(x -> !x.id().equals(self))
                        .isPresent()) {
            throw ApiException.invalid("userId", "review.input.user-taken");
        }
        return new ExpertEntity.Details(
                name,
                in.fields().stream().map(String::strip).distinct().toList(),
                org,
                region.code(),
                region.path(),
                title,
                contact,
                in.userId());
    }

    /** One to many fields, none blank, none over 40 characters, none holding the list separator. */
    public static void fields(List<String> fields) {
        if (fields == null
                || fields.isEmpty()
                || fields.stream().anyMatch(f -> f == null || f.isBlank() || f.contains("|") || f.length() > 40)) {
            throw ApiException.invalid("fields", "review.input.fields");
        }
    }

    /** The expert's checked relations, as the recusal rules read them; null lists are empty. */
    public ConflictRules.ExpertRecord relations(
            ExpertEntity e,
            List<ExpertRelations.Employment> employments,
            List<ExpertRelations.PlanPart> planParts,
            List<ExpertRelations.Tie> personalTies) {
        List<ExpertRelations.Employment> jobs = employments == null ? List.of() : employments;
        for (int i = 0; i < jobs.size(); i++) {
            ExpertRelations.Employment j = jobs.get(i);
            String f = "employments[" + i + "].";
            required(f + "employer", j.employer(), 200);
            region(f + "regionCode", j.regionCode());
            if (j.kind() == null || !EMPLOYER_KINDS.contains(j.kind())) {
                throw ApiException.invalid(f + "kind", "review.input.kind");
            }
            if (j.draftedForCode() != null) {
                region(f + "draftedForCode", j.draftedForCode());
            }
            if (j.from() == null || (j.to() != null && j.to().isBefore(j.from()))) {
                throw ApiException.invalid(f + "from", "review.input.dates");
            }
        }
        List<ExpertRelations.PlanPart> plans = planParts == null ? List.of() : planParts;
        for (int i = 0; i < plans.size(); i++) {
            region("plans[" + i + "].regionCode", plans.get(i).regionCode());
            if (!PLAN_PARTS.contains(String.valueOf(plans.get(i).part()))) {
                throw ApiException.invalid("plans[" + i + "].part", "review.input.kind");
            }
        }
        List<ExpertRelations.Tie> ties = personalTies == null ? List.of() : personalTies;
        for (int i = 0; i < ties.size(); i++) {
            region("ties[" + i + "].regionCode", ties.get(i).regionCode());
            required("ties[" + i + "].note", ties.get(i).note(), 300);
        }
        return new ConflictRules.ExpertRecord(e.id(), e.orgRegionPath(), jobs, plans, ties);
    }

    /** A known region by its six-digit code, else 400 naming {@code field}. */
    public Region region(String field, String code) {
        if (code == null || !code.matches("\\d{6}")) {
            throw ApiException.invalid(field, "review.input.region");
        }
        try {
            return regions.require(code);
        } catch (RuntimeException e) {
            throw ApiException.invalid(field, "review.input.region");
        }
    }

    /** The stripped text, else 400 naming {@code field} (blank, or longer than {@code max}). */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "review.input.required");
        }
        if (value.strip().length() > max) {
            throw ApiException.invalid(field, "review.input.too-long", max);
        }
        return value.strip();
    }

    /** The stripped text or null when blank; 400 naming {@code field} when longer than {@code max}. */
    public static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : required(field, value, max);
    }
}
