package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Caches;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.CountingStatements;
import cn.ecozone.support.EventDeliveries;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the public progress page ({@link PublicScorecards}, issue 13 §7) judges with: other regions'
 * confirmed values only for the provincial average (review s13 finding 11), the confirmed baseline
 * and year before even when they lie before the years shown (finding 8), and a constant number of
 * statements. Each test publishes its own edition (so no other test's values reach its averages) for
 * the Baotou counties 九原区 150207, 土默特右旗 150221 and 固阳县 150222; values and submissions are
 * written by JDBC as the indicator module keeps them.
 */
@ApiTest
class PublicScorecardsIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String JIUYUAN = "150207";
    private static final String TUMED_RIGHT = "150221";
    private static final String GUYANG = "150222";

    @Autowired
    PublicScorecards scorecards;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    EditionManagement editions;

    @Autowired
    ReferenceAverageManagement published;

    @Autowired
    CacheManager caches;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EventDeliveries deliveries;

    @Test
    void theProvincialAverageOnThePublicPageTakesOnlyConfirmedValuesAndShowsTheirAverage() {
        String edition =
                edition(List.of(indicator("I-AVG", Map.of("kind", "ABOVE_REFERENCE_AVERAGE", "strict", true))));
        value(edition, "I-AVG", JIUYUAN, 2024, 80);
        value(edition, "I-AVG", TUMED_RIGHT, 2024, 70);
        value(edition, "I-AVG", GUYANG, 2024, 100); // extreme, only submitted: never public
        submission(edition, JIUYUAN, 2024, "CONFIRMED");
        submission(edition, TUMED_RIGHT, 2024, "CONFIRMED");
        submission(edition, GUYANG, 2024, "SUBMITTED");

        ConfirmedProgress.Row row = row(scorecards.confirmed(edition, JIUYUAN, 2024, 2024, ZH), "I-AVG");

        // (80 + 70) / 2 = 75 < 80: above the confirmed average; with 100 it would be 83.3 > 80
        assertThat(row.status()).isEqualTo(Attainment.MET);
        assertThat(row.appliedTarget()).isEqualTo("超过当年度全省平均水平（75）");
        assertThat(row.appliedTarget()).doesNotContain("83");
        // the internal scorecard judges the figures as entered, whatever their submission state
        Scorecard.Row internal = internalRow(edition, JIUYUAN, 2024, "I-AVG");
        assertThat(internal.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(internal.appliedTarget()).startsWith("超过当年度全省平均水平（83.3");

        // a figure the province published still applies, on both
        published.publish(edition, "150000", 2024, "I-AVG", 82, "测试公报", null, provinceStaff());
        ConfirmedProgress.Row withFigure = row(scorecards.confirmed(edition, JIUYUAN, 2024, 2024, ZH), "I-AVG");
        assertThat(withFigure.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(withFigure.appliedTarget()).isEqualTo("超过当年度全省平均水平（82）");
    }

    @Test
    void aConfirmedSubmissionChangesThePublicAverageAtOnce() {
        String edition =
                edition(List.of(indicator("I-AVG", Map.of("kind", "ABOVE_REFERENCE_AVERAGE", "strict", true))));
        value(edition, "I-AVG", JIUYUAN, 2025, 80);
        value(edition, "I-AVG", TUMED_RIGHT, 2025, 70);
        submission(edition, JIUYUAN, 2025, "CONFIRMED");
        assertThat(row(scorecards.confirmed(edition, JIUYUAN, 2025, 2025, ZH), "I-AVG")
                        .appliedTarget())
                .isEqualTo("超过当年度全省平均水平（80）");

        // 土默特右旗's year is confirmed: the confirmation path publishes SubmissionChanged
        submission(edition, TUMED_RIGHT, 2025, "CONFIRMED");
        // in a transaction, as the confirmation publishes it: outside one, the persistent listeners of other
        // modules (enforcement's SubmissionWatch) would stay registered as in flight for good
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> events.publishEvent(new SubmissionChanged(
                        edition, TUMED_RIGHT, null, 2025, SubmissionState.SUBMITTED, SubmissionState.CONFIRMED, null)));
        deliveries.awaitSettled();

        assertThat(row(scorecards.confirmed(edition, JIUYUAN, 2025, 2025, ZH), "I-AVG")
                        .appliedTarget())
                .isEqualTo("超过当年度全省平均水平（75）");
    }

    @Test
    void baselineAndYearBeforeTheShownYearsJudgeAsOnTheInternalScorecardWhenConfirmed() {
        String edition = edition(List.of(
                indicator("I-BASE", Map.of("kind", "CHANGE_ABOVE", "value", 0, "baseline", "BASELINE")),
                indicator("I-YOY", Map.of("kind", "STEADY_IMPROVEMENT", "higherIsBetter", true))));
        value(edition, "I-BASE", TUMED_RIGHT, 2020, 50);
        value(edition, "I-BASE", TUMED_RIGHT, 2023, 55);
        value(edition, "I-BASE", TUMED_RIGHT, 2024, 60);
        value(edition, "I-YOY", TUMED_RIGHT, 2022, 10);
        value(edition, "I-YOY", TUMED_RIGHT, 2023, 12);
        value(edition, "I-YOY", TUMED_RIGHT, 2024, 11);
        for (int year : List.of(2020, 2022, 2023, 2024)) {
            submission(edition, TUMED_RIGHT, year, "CONFIRMED");
        }

        ConfirmedProgress progress = scorecards.confirmed(edition, TUMED_RIGHT, 2023, 2024, ZH);

        // only the years asked for are shown
        assertThat(progress.confirmedYears()).containsExactly(2023, 2024);
        ConfirmedProgress.Row base = row(progress, "I-BASE");
        ConfirmedProgress.Row yoy = row(progress, "I-YOY");
        assertThat(base.series()).extracting(ConfirmedProgress.Point::year).containsExactly(2023, 2024);
        assertThat(base.series())
                .extracting(ConfirmedProgress.Point::status)
                .containsExactly(Attainment.MET, Attainment.MET);
        assertThat(yoy.series())
                .extracting(ConfirmedProgress.Point::status)
                .containsExactly(Attainment.MET, Attainment.NOT_MET);
        for (int year : List.of(2023, 2024)) {
            assertThat(status(base, year))
                    .isEqualTo(internalRow(edition, TUMED_RIGHT, year, "I-BASE").status());
            assertThat(status(yoy, year))
                    .isEqualTo(internalRow(edition, TUMED_RIGHT, year, "I-YOY").status());
        }

        // an unconfirmed baseline or year before counts as absent on the public page only
        state(edition, TUMED_RIGHT, 2020, "SUBMITTED");
        state(edition, TUMED_RIGHT, 2022, "SUBMITTED");
        ConfirmedProgress unconfirmed = scorecards.confirmed(edition, TUMED_RIGHT, 2023, 2024, ZH);
        assertThat(row(unconfirmed, "I-BASE").series())
                .extracting(ConfirmedProgress.Point::status)
                .containsExactly(Attainment.NO_DATA, Attainment.NO_DATA);
        assertThat(status(row(unconfirmed, "I-YOY"), 2023)).isEqualTo(Attainment.NO_DATA);
        assertThat(internalRow(edition, TUMED_RIGHT, 2024, "I-BASE").status()).isEqualTo(Attainment.MET);
    }

    @Test
    void thePublicProgressTakesTheSameStatementsForOneYearOfTwoIndicatorsAndFiveYearsOfFifty() {
        String small = edition(List.of(
                indicator("I-AVG", Map.of("kind", "ABOVE_REFERENCE_AVERAGE", "strict", true)),
                indicator("I-BASE", Map.of("kind", "CHANGE_ABOVE", "value", 0, "baseline", "BASELINE"))));
        List<IndicatorInput> many = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            many.add(indicator(
                    "I-%02d".formatted(i),
                    i % 10 == 1
                            ? Map.of("kind", "ABOVE_REFERENCE_AVERAGE", "strict", true)
                            : Map.of("kind", "STEADY_IMPROVEMENT", "higherIsBetter", true)));
        }
        String large = edition(many);
        value(small, "I-AVG", GUYANG, 2024, 60);
        value(small, "I-BASE", GUYANG, 2024, 60);
        submission(small, GUYANG, 2024, "CONFIRMED");
        for (int year = 2020; year <= 2024; year++) {
            for (IndicatorInput in : many) {
                value(large, in.code(), GUYANG, year, 50 + year - 2020);
            }
            submission(large, GUYANG, year, "CONFIRMED");
        }

        scorecards.confirmed(small, GUYANG, 2024, 2024, ZH); // the editions read and cached
        scorecards.confirmed(large, GUYANG, 2020, 2024, ZH);
        AtomicReference<ConfirmedProgress> one = new AtomicReference<>();
        AtomicReference<ConfirmedProgress> five = new AtomicReference<>();
        int atOne = cold(() -> one.set(scorecards.confirmed(small, GUYANG, 2024, 2024, ZH)));
        int atFive = cold(() -> five.set(scorecards.confirmed(large, GUYANG, 2020, 2024, ZH)));
        int atFiveWarm = CountingStatements.during(() -> scorecards.confirmed(large, GUYANG, 2020, 2024, ZH));

        assertThat(one.get().rows()).hasSize(2);
        assertThat(five.get().rows()).hasSize(50);
        assertThat(five.get().confirmedYears()).hasSize(5);
        // the confirmed years, the values, the confirmed values of the average and the published averages
        assertThat(atFive).isEqualTo(atOne).isEqualTo(4);
        // the averages are cached
        assertThat(atFiveWarm).isEqualTo(2);
    }

    private int cold(Runnable work) {
        caches.getCache(Caches.REFERENCE_AVERAGES).clear();
        return CountingStatements.during(work);
    }

    private static Attainment status(ConfirmedProgress.Row row, int year) {
        return row.series().stream()
                .filter(p -> p.year() == year)
                .findFirst()
                .orElseThrow()
                .status();
    }

    private Scorecard.Row internalRow(String edition, String region, int year, String code) {
        return evaluations.evaluate(edition, region, null, year, provinceStaff(), ZH).rows().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static ConfirmedProgress.Row row(ConfirmedProgress progress, String code) {
        return progress.rows().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code + " in " + progress));
    }

    /** A published IM edition of the indicators for 2020–2035 at county level. */
    private String edition(List<IndicatorInput> indicators) {
        String code = "T-PUB-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        EditionHeader header = new EditionHeader(
                code,
                1,
                "公开进展测试体系",
                null,
                null,
                null,
                null,
                false,
                null,
                false,
                List.of(RegionLevel.COUNTY),
                "150000",
                2020,
                2035,
                "SHARE_MET",
                null,
                null);
        EditionView draft = editions.createWith(header, indicators, provinceStaff());
        editions.publish(code, draft.version(), provinceStaff());
        return code;
    }

    private static IndicatorInput indicator(String code, Map<String, Object> target) {
        return new IndicatorInput(
                code,
                null,
                "目标一",
                "测试指标 " + code,
                null,
                null,
                ValueType.NUMBER,
                Binding.REFERENCE,
                null,
                null,
                null,
                null,
                null,
                "测试目标",
                target,
                false,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private void value(String edition, String indicator, String region, int year, double number) {
        jdbc.update(
                "insert into indicator_value (edition_code, indicator_code, region_code, region_path, unit_id,"
                        + " data_year, number_value, entered_by, entered_at, synthetic, version)"
                        + " values (?, ?, ?, ?, 0, ?, ?, 'fixture', ?, false, 0)",
                edition,
                indicator,
                region,
                path(region),
                year,
                number,
                Timestamp.valueOf("2025-03-01 10:00:00"));
    }

    private void submission(String edition, String region, int year, String state) {
        jdbc.update(
                "insert into indicator_submission (edition_code, region_code, region_path, unit_id, data_year, state,"
                        + " version) values (?, ?, ?, 0, ?, ?, 0)",
                edition,
                region,
                path(region),
                year,
                state);
    }

    private void state(String edition, String region, int year, String state) {
        jdbc.update(
                "update indicator_submission set state = ? where edition_code = ? and region_code = ?"
                        + " and unit_id = 0 and data_year = ?",
                state,
                edition,
                region,
                year);
    }

    private String path(String region) {
        return jdbc.queryForObject("select path from region where code = ?", String.class, region);
    }

    private static Actor provinceStaff() {
        return new Actor(
                900_031L, "t-public", "测试自治区厅", Role.PROVINCE_STAFF, 900_031L, "测试机构", "150000", "/150000/", false);
    }
}
