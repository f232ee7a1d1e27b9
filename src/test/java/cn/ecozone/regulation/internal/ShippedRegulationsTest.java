package cn.ecozone.regulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.calendar.Counting;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.PlanKind;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationStatus;
import cn.ecozone.regulation.Step;
import cn.ecozone.regulation.StepKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every shipped regulation file parses, and the facts the seeds state are in them with their articles. */
class ShippedRegulationsTest {

    private final RegulationCatalog catalog = new RegulationCatalog();

    ShippedRegulationsTest() throws IOException {}

    private Regulation regulation(String code) {
        return catalog.all().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shipsTheFourProgrammesAndJurisdictions() {
        assertThat(catalog.all())
                .extracting(Regulation::code, Regulation::programme, Regulation::jurisdiction, Regulation::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "GZ-TWOMTN-2021", Programme.TWO_MOUNTAINS_BASE, "520000", RegulationStatus.PUBLISHED),
                        // version 2 (issue 11): the county chain's own submission, the cross-municipal chain
                        org.assertj.core.groups.Tuple.tuple(
                                "GZ-TWOMTN-2021", Programme.TWO_MOUNTAINS_BASE, "520000", RegulationStatus.PUBLISHED),
                        // version 3 (issue 12): what each step requires on record, either municipal publisher
                        org.assertj.core.groups.Tuple.tuple(
                                "GZ-TWOMTN-2021", Programme.TWO_MOUNTAINS_BASE, "520000", RegulationStatus.PUBLISHED),
                        // version 4 (issue 13): supervision after the title, typical cases
                        org.assertj.core.groups.Tuple.tuple(
                                "GZ-TWOMTN-2021", Programme.TWO_MOUNTAINS_BASE, "520000", RegulationStatus.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple(
                                "IM-ECOCIV-2022",
                                Programme.ECO_CIVILIZATION_ZONE,
                                "150000",
                                RegulationStatus.PUBLISHED),
                        // version 2 (issue 12): requirements, the Ministry's result, scoring, recusal
                        org.assertj.core.groups.Tuple.tuple(
                                "IM-ECOCIV-2022",
                                Programme.ECO_CIVILIZATION_ZONE,
                                "150000",
                                RegulationStatus.PUBLISHED),
                        // version 3 (issue 13): supervision after the title
                        org.assertj.core.groups.Tuple.tuple(
                                "IM-ECOCIV-2022",
                                Programme.ECO_CIVILIZATION_ZONE,
                                "150000",
                                RegulationStatus.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple(
                                "IM-TWOMTN-2022", Programme.TWO_MOUNTAINS_BASE, "150000", RegulationStatus.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple(
                                "IM-TWOMTN-2022", Programme.TWO_MOUNTAINS_BASE, "150000", RegulationStatus.PUBLISHED),
                        // version 3 (issue 13): supervision after the title, typical cases
                        org.assertj.core.groups.Tuple.tuple(
                                "IM-TWOMTN-2022", Programme.TWO_MOUNTAINS_BASE, "150000", RegulationStatus.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple(
                                "XL-TWOMTN", Programme.TWO_MOUNTAINS_AREA, "152500", RegulationStatus.DRAFT),
                        // version 2 (issue 13): the graded evaluation's criteria, scoring, recusal and grades
                        org.assertj.core.groups.Tuple.tuple(
                                "XL-TWOMTN", Programme.TWO_MOUNTAINS_AREA, "152500", RegulationStatus.DRAFT));
    }

    @Test
    void theReviewVersionsNameWhatEachStepRequiresOnRecordAndHowPanelsScore() {
        Regulation im = catalog.all().stream()
                .filter(r -> r.code().equals("IM-ECOCIV-2022") && r.version() == 2)
                .findFirst()
                .orElseThrow();
        var county = im.applicationChain(RegionLevel.COUNTY).orElseThrow().steps();
        assertThat(county)
                .extracting(Step::code)
                .endsWith("PUBLICITY", "PRE_REVIEW_OPINION", "NATIONAL_PLATFORM", "MINISTRY_RESULT");
        assertThat(county)
                .filteredOn(s -> s.code().equals("PRE_REVIEW_OPINION"))
                .flatExtracting(Step::requires)
                .containsExactly(
                        cn.ecozone.regulation.Requirement.OPINION_ISSUED,
                        cn.ecozone.regulation.Requirement.NO_BLOCKING_COMPLAINT);
        assertThat(county)
                .filteredOn(s -> s.code().equals("DIVISION_CHECK"))
                .extracting(Step::returnTo)
                .containsExactly(Step.ReturnTo.INITIATOR);
        var scoring = im.application().review().scoring();
        assertThat(scoring.aggregation()).isEqualTo(cn.ecozone.regulation.ApplicationRules.Aggregation.TRIMMED_MEAN);
        assertThat(scoring.trimFrom()).isEqualTo(5);
        assertThat(scoring.citation().silent()).isTrue();
        assertThat(im.application().review().recusal().lookBackYears()).isEqualTo(3);
        assertThat(im.application().publicity().getFirst().complaintDeadline().suggestedWorkingDays())
                .isEqualTo(10);
        assertThat(im.title().validity().years()).isEqualTo(3);
        assertThat(im.title().validity().citation().uncertain()).isTrue();

        Regulation gz = catalog.all().stream()
                .filter(r -> r.code().equals("GZ-TWOMTN-2021") && r.version() == 3)
                .findFirst()
                .orElseThrow();
        Step publicity = gz.applicationChain(RegionLevel.COUNTY)
                .orElseThrow()
                .step("PUBLICITY")
                .orElseThrow();
        assertThat(publicity.actor()).isEqualTo(Body.PREFECTURE_GOVERNMENT);
        assertThat(publicity.alsoActors()).containsExactly(Body.PREFECTURE_ECOLOGY_BUREAU);
        assertThat(publicity.citation().article()).isEqualTo("第十条");
    }

    @Test
    void innerMongoliaEcoCivFilingIsDueFifteenWorkingDaysAfterPromulgationCountedFromTheNextDay() {
        Regulation r = regulation("IM-ECOCIV-2022");
        assertThat(r.plan().kind()).isEqualTo(PlanKind.CONSTRUCTION_PLAN);
        for (RegionLevel level : new RegionLevel[] {RegionLevel.COUNTY, RegionLevel.PREFECTURE}) {
            Step file = r.planPath(level).orElseThrow().step("FILE").orElseThrow();
            assertThat(file.deadline().workingDays()).isEqualTo(15);
            assertThat(file.deadline().counting()).isEqualTo(Counting.NEXT_DAY);
            assertThat(file.deadline().fromStep()).isEqualTo("PROMULGATE");
            assertThat(file.citation().article()).isEqualTo("第六条");
        }
        assertThat(r.planPath(RegionLevel.COUNTY).orElseThrow().steps())
                .extracting(Step::code)
                .containsExactly(
                        "DRAFT",
                        "SUBMIT",
                        "EXAMINE",
                        "EXPERT_REVIEW",
                        "REVISE",
                        "PROMULGATE",
                        "FILE",
                        "RECEIVE_FILING");
        // issue 9: a filing ends when the receiving body acknowledges it
        assertThat(r.planPath(RegionLevel.COUNTY).orElseThrow().steps())
                .extracting(Step::kind)
                .containsExactly(
                        StepKind.DRAFT,
                        StepKind.SUBMIT,
                        StepKind.EXAMINE,
                        StepKind.PANEL,
                        StepKind.REVISE,
                        StepKind.PROMULGATE,
                        StepKind.FILE,
                        StepKind.ACKNOWLEDGE);
        assertThat(r.planPath(RegionLevel.PREFECTURE)
                        .orElseThrow()
                        .step("FILE")
                        .orElseThrow()
                        .to())
                .isEqualTo(Body.MINISTRY);
    }

    @Test
    void innerMongoliaEcoCivExcludesSixSituationsOfTheLastThreeYears() {
        ApplicationRules.Exclusions exclusions =
                regulation("IM-ECOCIV-2022").application().exclusions();
        assertThat(exclusions.lookBackYears()).isEqualTo(3);
        assertThat(exclusions.citation().article()).isEqualTo("第十一条");
        assertThat(exclusions.items()).hasSize(6);
    }

    @Test
    void guizhouAcceptsApplicationsInTheFirstHalfOfTheYear() {
        Regulation r = regulation("GZ-TWOMTN-2021");
        assertThat(r.application().window().kind()).isEqualTo(ApplicationRules.WindowKind.FIRST_HALF_OF_YEAR);
        assertThat(r.application().window().citation().article()).isEqualTo("第十一条");
        assertThat(r.title().validity().years()).isEqualTo(3);
        assertThat(r.title().validity().citation().article()).isEqualTo("第十六条");
        assertThat(r.indicatorsFor(RegionLevel.COUNTY).orElseThrow().edition()).isEqualTo("GZ-2SZS-2021");
        assertThat(r.title().sanctions()).hasSize(8);
    }

    @Test
    void publicityLastsFiveWorkingDaysWhereTheSourceSaysSo() {
        for (String code : new String[] {"IM-ECOCIV-2022", "IM-TWOMTN-2022"}) {
            ApplicationRules.Publicity p =
                    regulation(code).application().publicity().getFirst();
            assertThat(p.workingDays()).isEqualTo(5);
            assertThat(p.minimum()).isFalse();
            assertThat(p.by()).isEqualTo(Body.PROVINCE_DEPARTMENT);
        }
        assertThat(regulation("IM-ECOCIV-2022")
                        .application()
                        .publicity()
                        .getFirst()
                        .citation()
                        .article())
                .isEqualTo("第十四条（三）");
        assertThat(regulation("GZ-TWOMTN-2021").application().publicity())
                .extracting(
                        ApplicationRules.Publicity::code,
                        ApplicationRules.Publicity::workingDays,
                        ApplicationRules.Publicity::minimum)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PREFECTURE", 5, true),
                        org.assertj.core.groups.Tuple.tuple("PROVINCE", 5, true));
        assertThat(regulation("XL-TWOMTN").application().publicity()).isEmpty();
    }

    @Test
    void xilingolSelectsTypicalCasesEveryYearByRecommendReviewPublish() {
        Regulation r = regulation("XL-TWOMTN");
        assertThat(r.typicalCases().everyYears()).isEqualTo(1);
        assertThat(r.typicalCases().steps()).extracting(Step::code).containsExactly("RECOMMEND", "REVIEW", "PUBLISH");
        assertThat(r.typicalCases().criteria()).hasSize(4);
        assertThat(r.plan().kind()).isEqualTo(PlanKind.ANNUAL_PLAN);
        assertThat(r.planPath(RegionLevel.COUNTY)
                        .orElseThrow()
                        .step("FILE")
                        .orElseThrow()
                        .to())
                .isEqualTo(Body.COMMITTEE_OFFICE);
        assertThat(regulation("IM-ECOCIV-2022").typicalCases()).isNull();
    }

    @Test
    void innerMongoliaOnSiteChecksFallDueAfterTwoYears() {
        assertThat(regulation("IM-TWOMTN-2022").title().checks())
                .filteredOn(c -> c.code().equals("SITE_CHECK_2Y"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.afterYears()).isEqualTo(2);
                    assertThat(c.citation().article()).isEqualTo("第十八条");
                });
        assertThat(regulation("IM-TWOMTN-2022").plan().kind()).isEqualTo(PlanKind.IMPLEMENTATION_PLAN);
    }

    @Test
    void everyReferencedIndicatorEditionIsShipped() throws IOException {
        Set<String> shipped = new HashSet<>();
        Pattern code = Pattern.compile("(?m)^code: (\\S+)");
        for (Resource file :
                new PathMatchingResourcePatternResolver().getResources("classpath*:indicator-editions/*.yaml")) {
            try (InputStream in = file.getInputStream()) {
                Matcher m = code.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                assertThat(m.find()).isTrue();
                shipped.add(m.group(1));
            }
        }
        assertThat(catalog.all().stream()
                        .flatMap(r -> r.indicators().stream())
                        .map(Regulation.IndicatorRule::edition)
                        .filter(e -> e != null))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(shipped).contains(e));
    }

    @Test
    void guizhouVersionTwoHasTheCountysOwnSubmissionAChainForCrossMunicipalUnitsAndTheWindowsDays() {
        Regulation v2 = catalog.all().stream()
                .filter(r -> r.code().equals("GZ-TWOMTN-2021") && r.version() == 2)
                .findFirst()
                .orElseThrow();
        var county = v2.applicationChain(RegionLevel.COUNTY).orElseThrow().steps();
        assertThat(county.getFirst().code()).isEqualTo("APPLY");
        assertThat(county.getFirst().actor()).isEqualTo(cn.ecozone.regulation.Body.SUBJECT);
        assertThat(county.getFirst().to()).isEqualTo(cn.ecozone.regulation.Body.PREFECTURE_ECOLOGY_BUREAU);
        var unit = v2.applicationChain(RegionLevel.PROVINCE).orElseThrow().steps();
        assertThat(unit.getFirst().to()).isEqualTo(cn.ecozone.regulation.Body.PROVINCE_DEPARTMENT);
        assertThat(unit.getFirst().citation().article()).isEqualTo("第十一条");
        var yearly = v2.application().window().yearly();
        assertThat(yearly.opens()).isEqualTo(java.time.MonthDay.of(1, 1));
        assertThat(yearly.closes()).isEqualTo(java.time.MonthDay.of(6, 30));
        assertThat(yearly.zone()).isEqualTo(java.time.ZoneId.of("Asia/Shanghai"));
        // version 1 stays as shipped for the candidacies pinned to it
        assertThat(regulation("GZ-TWOMTN-2021").version()).isEqualTo(1);
        assertThat(regulation("GZ-TWOMTN-2021")
                        .applicationChain(RegionLevel.COUNTY)
                        .orElseThrow()
                        .steps()
                        .getFirst()
                        .code())
                .isEqualTo("CULTIVATE");
        // the exclusions of both versions are the same data
        assertThat(v2.application().exclusions())
                .isEqualTo(regulation("GZ-TWOMTN-2021").application().exclusions());
    }

    private Regulation version(String code, int version) {
        return catalog.all().stream()
                .filter(r -> r.code().equals(code) && r.version() == version)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aTitleNamedOnTheTwentyNinthOfFebruaryIsHeldTwoFullYearsOnTheTwentyEighth() {
        var im = version("IM-ECOCIV-2022", 3).title();
        assertThat(im.anniversary().reached(java.time.LocalDate.of(2024, 2, 29), 2))
                .isEqualTo(java.time.LocalDate.of(2026, 2, 28));
        assertThat(im.anniversary().reached(java.time.LocalDate.of(2024, 2, 29), 4))
                .isEqualTo(java.time.LocalDate.of(2028, 2, 29));
        assertThat(im.check("SITE_CHECK_2Y").orElseThrow().afterYears()).isEqualTo(2);
        assertThat(im.anniversary().citation().noteZh()).contains("第二百零二条");
        var gz = version("GZ-TWOMTN-2021", 4).title();
        assertThat(gz.check("POST_EVALUATION_3Y").orElseThrow().afterYears()).isEqualTo(3);
        assertThat(gz.anniversary().reached(java.time.LocalDate.of(2023, 3, 1), 3))
                .isEqualTo(java.time.LocalDate.of(2026, 3, 1));
    }

    @Test
    void guizhousAnnualSummaryGoesToTheMunicipalBureauAndTheDepartment() {
        var summary =
                version("GZ-TWOMTN-2021", 4).title().check("ANNUAL_SUMMARY").orElseThrow();
        assertThat(summary.path(cn.ecozone.region.RegionLevel.COUNTY)
                        .orElseThrow()
                        .steps())
                .extracting(cn.ecozone.regulation.Step::actor)
                .containsExactly(
                        cn.ecozone.regulation.Body.SUBJECT,
                        cn.ecozone.regulation.Body.PREFECTURE_ECOLOGY_BUREAU,
                        cn.ecozone.regulation.Body.PROVINCE_DEPARTMENT);
        assertThat(summary.due().monthDay()).isEqualTo(java.time.MonthDay.of(3, 31));
        assertThat(summary.due().citation().silent()).isTrue();
        var enforcement = version("GZ-TWOMTN-2021", 4).title().enforcement();
        assertThat(enforcement.rectificationOrder().period().citation().uncertain())
                .isTrue();
        assertThat(enforcement.revocation().by()).isEqualTo(cn.ecozone.regulation.Body.PROVINCE_DEPARTMENT);
        assertThat(version("IM-ECOCIV-2022", 3)
                        .title()
                        .enforcement()
                        .revocation()
                        .by())
                .isEqualTo(cn.ecozone.regulation.Body.MINISTRY);
        assertThat(version("GZ-TWOMTN-2021", 4)
                        .title()
                        .duty("REWARD")
                        .orElseThrow()
                        .citation()
                        .article())
                .isEqualTo("第二十条");
    }

    @Test
    void xilingolsGradesAreTheSilentDefaultBandsWithTheirEdgesIncluded() {
        var grading = version("XL-TWOMTN", 2).application().review().grading();
        assertThat(grading.citation().silent()).isTrue();
        assertThat(grading.gradeOf(new java.math.BigDecimal("90")).nameZh()).isEqualTo("优秀");
        assertThat(grading.gradeOf(new java.math.BigDecimal("89.99")).nameZh()).isEqualTo("良好");
        assertThat(grading.gradeOf(new java.math.BigDecimal("60")).nameZh()).isEqualTo("合格");
        assertThat(grading.gradeOf(new java.math.BigDecimal("59.99")).nameZh()).isEqualTo("不合格");
        assertThat(version("XL-TWOMTN", 1).application().review().grading()).isNull();
    }
}
