package cn.ecozone.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.review.ExpertRelations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final ConflictRules.Applicant COUNTY =
            new ConflictRules.Applicant("150521", "/150000/150500/150521/");

    private static ConflictRules.ExpertRecord at(String path) {
        return new ConflictRules.ExpertRecord(1, path, List.of(), List.of(), List.of());
    }

    private static List<String> types(ConflictRules.ExpertRecord r) {
        return ConflictRules.find(r, COUNTY, 3, TODAY).stream()
                .map(ConflictRules.Found::type)
                .toList();
    }

    @Test
    void anOrganizationInTheApplicantsLeagueConflictsOneInTheCapitalDoesNot() {
        assertThat(types(at("/150000/150500/150502/"))).containsExactly("REGION");
        assertThat(types(at("/150000/150500/"))).containsExactly("REGION");
        assertThat(types(at("/150000/150500/150521/150521100/"))).containsExactly("REGION");
        assertThat(types(at("/150000/150100/150102/"))).isEmpty();
        assertThat(types(at("/150000/")))
                .as("the province itself is not below the province")
                .isEmpty();
    }

    @Test
    void employmentCountsWithinTheLookBackYearsOnly() {
        ExpertRelations.Employment recent = new ExpertRelations.Employment(
                "科左中旗人民政府", "150521", "DEPARTMENT", null, LocalDate.of(2015, 1, 1), LocalDate.of(2023, 12, 7));
        ExpertRelations.Employment old = new ExpertRelations.Employment(
                "科左中旗人民政府", "150521", "GOVERNMENT", null, LocalDate.of(2010, 1, 1), LocalDate.of(2023, 12, 6));
        ExpertRelations.Employment consultancy = new ExpertRelations.Employment(
                "咨询公司", "150102", "CONSULTANCY", "150521", LocalDate.of(2025, 1, 1), null);
        assertThat(types(new ConflictRules.ExpertRecord(1, "/150000/150100/", List.of(recent), List.of(), List.of())))
                .containsExactly("EMPLOYMENT");
        assertThat(types(new ConflictRules.ExpertRecord(1, "/150000/150100/", List.of(old), List.of(), List.of())))
                .isEmpty();
        assertThat(types(new ConflictRules.ExpertRecord(
                        1, "/150000/150100/", List.of(consultancy), List.of(), List.of())))
                .containsExactly("EMPLOYMENT");
    }

    @Test
    void aPlanPartAndATieToTheApplicantConflict() {
        ConflictRules.ExpertRecord r = new ConflictRules.ExpertRecord(
                1,
                "/150000/150100/",
                List.of(),
                List.of(new ExpertRelations.PlanPart("150521", "DRAFTED")),
                List.of(new ExpertRelations.Tie("150521", "兄弟在该旗任职"), new ExpertRelations.Tie("150522", "无关")));
        assertThat(types(r)).containsExactly("PLAN", "TIE");
    }
}
