package cn.ecozone.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.indicator.IndicatorConfirmationManagement.Transition;
import cn.ecozone.indicator.SubmissionState;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who may submit and confirm a year (the path's roles), and the row mirroring each move. */
class SubmissionEntityTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private static long ids;

    private static Actor actor(Role role, String code, String path) {
        return new Actor(++ids, "u" + ids, "用户", role, 1, "机构", code, path, false);
    }

    private static Region region(String code, RegionLevel level, String path) {
        return new Region(code, code, level, null, path, false, null, false, null, null, false, 0);
    }

    @Test
    void theBureauAboveACountyConfirmsItsYearAndItsUnitsYearsAndAnyReportingRoleOfTheCountySubmits() {
        Region county = region("152502", RegionLevel.COUNTY, "/150000/152500/152502/");
        assertThat(ConfirmationPath.hasRoleOf(
                        ConfirmationPath.CONFIRM, actor(Role.PREFECTURE_STAFF, "152500", "/150000/152500/"), county))
                .isTrue();
        assertThat(ConfirmationPath.hasRoleOf(
                        ConfirmationPath.CONFIRM, actor(Role.DIVISION_REVIEWER, "150000", "/150000/"), county))
                .isFalse();
        assertThat(ConfirmationPath.hasRoleOf(
                        ConfirmationPath.CONFIRM, actor(Role.PREFECTURE_STAFF, "150100", "/150000/150100/"), county))
                .isFalse();
        for (Role role : new Role[] {Role.COUNTY_GOVERNMENT, Role.CONSTRUCTION_SUBJECT}) {
            assertThat(ConfirmationPath.hasRoleOf(
                            ConfirmationPath.SUBMIT, actor(role, "152502", "/150000/152500/152502/"), county))
                    .isTrue();
        }
        assertThat(ConfirmationPath.hasRoleOf(
                        ConfirmationPath.SUBMIT,
                        actor(Role.COUNTY_GOVERNMENT, "152501", "/150000/152500/152501/"),
                        county))
                .isFalse();
    }

    @Test
    void aProvincesOwnYearIsSubmittedByItsStaffAndConfirmedOnlyByADivisionReviewerOfThatProvince() {
        Region province = region("150000", RegionLevel.PROVINCE, "/150000/");
        assertThat(ConfirmationPath.hasRoleOf(
                        ConfirmationPath.CONFIRM, actor(Role.PROVINCE_STAFF, "150000", "/150000/"), province))
                .isFalse();
        assertThat(ConfirmationPath.hasRoleOf(
                        ConfirmationPath.CONFIRM, actor(Role.DIVISION_REVIEWER, "520000", "/520000/"), province))
                .isFalse();
        assertThat(ConfirmationPath.hasRoleOf(
                        ConfirmationPath.CONFIRM, actor(Role.DIVISION_REVIEWER, "150000", "/150000/"), province))
                .isTrue();
        assertThat(ConfirmationPath.hasRoleOf(
                        ConfirmationPath.SUBMIT, actor(Role.DIVISION_REVIEWER, "150000", "/150000/"), province))
                .isFalse();
        assertThat(ConfirmationPath.hasRoleOf(
                        ConfirmationPath.SUBMIT, actor(Role.PROVINCE_STAFF, "150000", "/150000/"), province))
                .isTrue();
    }

    @Test
    void eachMoveStartsFromItsStateAndIsRegistered() {
        SubmissionEntity s = new SubmissionEntity("E", 0, "150000", "/150000/", 2024);
        Actor staff = actor(Role.PROVINCE_STAFF, "150000", "/150000/");
        Actor reviewer = actor(Role.DIVISION_REVIEWER, "150000", "/150000/");
        assertThatThrownBy(() -> s.requireAt(Transition.CONFIRM)).isInstanceOf(ApiException.class);
        s.moved(Transition.SUBMIT, staff, null, NOW);
        assertThatThrownBy(() -> s.moved(Transition.SUBMIT, staff, null, NOW)).isInstanceOf(ApiException.class);
        s.moved(Transition.CONFIRM, reviewer, null, NOW);
        assertThat(s.state()).isEqualTo(SubmissionState.CONFIRMED);
        s.moved(Transition.REOPEN, reviewer, "更正", NOW);
        assertThat(s.state()).isEqualTo(SubmissionState.RETURNED);
        assertThat(s.reason()).isEqualTo("更正");
        assertThat(s.drainEvents())
                .extracting(e -> e.to())
                .containsExactly(SubmissionState.SUBMITTED, SubmissionState.CONFIRMED, SubmissionState.RETURNED);
    }

    @Test
    void aUnitsEventNamesTheUnit() {
        SubmissionEntity s = new SubmissionEntity("E", 7, "152502", "/150000/152500/152502/", 2024);
        s.moved(Transition.SUBMIT, actor(Role.COUNTY_GOVERNMENT, "152502", "/150000/152500/152502/"), null, NOW);
        assertThat(s.drainEvents()).singleElement().satisfies(e -> {
            assertThat(e.unitId()).isEqualTo(7L);
            assertThat(e.targetId()).isEqualTo("E/152502/unit-7/2024");
        });
    }
}
