package cn.ecozone.review.internal;

import cn.ecozone.review.ExpertRelations.Employment;
import cn.ecozone.review.ExpertRelations.PlanPart;
import cn.ecozone.review.ExpertRelations.Tie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic recusal rules (IM art. 14 and GZ arts. 14 and 25 are silent on them; the regulation data
 * marks {@code review.recusal} uncertain and cites Xilingol art. 11 "严格执行回避制度"). Pure: given an
 * expert's record and a dossier's region, which typed conflicts hold.
 */
public final class ConflictRules {

    private ConflictRules() {}

    /** The applicant as the rules see it: its region code and materialized path ({@code /150000/150500/150521/}). */
    public record Applicant(String regionCode, String regionPath) {

        /**
         * The path of the highest region above or at the applicant below the province, e.g.
         * {@code /150000/150500/}: an organization anywhere within it is too close.
         */
        String belowProvince() {
            String[] parts = regionPath.substring(1).split("/");
            return parts.length < 2 ? regionPath : "/" + parts[0] + "/" + parts[1] + "/";
        }
    }

    /** An expert's record as the rules read it. */
    public record ExpertRecord(
            long id, String orgRegionPath, List<Employment> employments, List<PlanPart> plans, List<Tie> ties) {}

    /** A conflict found: its type and the words that explain it to the province. */
    public record Found(String type, String detail) {}

    /** Every automatic conflict of {@code expert} with {@code applicant} as of {@code today}. */
    public static List<Found> find(ExpertRecord expert, Applicant applicant, int lookBackYears, LocalDate today) {
        List<Found> found = new ArrayList<>();
        // (a) the organization lies in the applicant's region or a region above it below the province
        if (expert.orgRegionPath().startsWith(applicant.belowProvince())) {
            found.add(new Found("REGION", expert.orgRegionPath()));
        }
        // (b) employed in the last lookBackYears years by the applicant's government, a department, or its plan's
        // consultancy
        LocalDate since = today.minusYears(lookBackYears);
        for (Employment e : expert.employments()) {
            boolean recent = e.to() == null || !e.to().isBefore(since);
            boolean applicants = switch (e.kind()) {
                case "GOVERNMENT", "DEPARTMENT" -> applicant.regionCode().equals(e.regionCode());
                case "CONSULTANCY" -> applicant.regionCode().equals(e.draftedForCode());
                default -> false;
            };
            if (recent && applicants) {
                found.add(new Found("EMPLOYMENT", e.employer()));
                break;
            }
        }
        // (c) took part in the subject's plan, drafting or its expert review
        expert.plans().stream()
                .filter(p -> applicant.regionCode().equals(p.regionCode()))
                .findFirst()
                .ifPresent(p -> found.add(new Found("PLAN", p.part())));
        // (d) a declared personal or family tie
        expert.ties().stream()
                .filter(t -> applicant.regionCode().equals(t.regionCode()))
                .findFirst()
                .ifPresent(t -> found.add(new Found("TIE", t.note())));
        return found;
    }
}
