package cn.ecozone.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.indicator.SubmissionState;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who may confirm a year: staff above the region, or for a province's own year a division reviewer. */
class SubmissionEntityTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private static long ids;

    private static Actor actor(Role role, String code, String path) {
        return new Actor(++ids, "u" + ids, "用户", role, 1, "机构", code, path, false);
    }

    private static SubmissionEntity submitted(String code, String path, long unit) {
        SubmissionEntity s = new SubmissionEntity("E", unit, code, path, 2024);
        s.submit(actor(Role.COUNTY_GOVERNMENT, code, path), NOW);
        return s;
    }

    @Test
    void prefectureAndProvinceStaffAboveACountyApproveItsYearAndItsUnitsYears() {
        for (long unit : new long[] {ValueOwner.REGION_ITSELF, 7}) {
            SubmissionEntity s = submitted("152502", "/150000/152500/152502/", unit);
            assertThat(s.mayApprove(actor(Role.PREFECTURE_STAFF, "152500", "/150000/152500/")))
                    .isTrue();
            assertThat(s.mayApprove(actor(Role.PROVINCE_STAFF, "150000", "/150000/")))
                    .isTrue();
            assertThat(s.mayApprove(actor(Role.DIVISION_REVIEWER, "150000", "/150000/")))
                    .isFalse();
            assertThat(s.mayApprove(actor(Role.PREFECTURE_STAFF, "150100", "/150000/150100/")))
                    .isFalse();
        }
    }

    @Test
    void aProvincesOwnYearIsApprovedOnlyByADivisionReviewerOfThatProvince() {
        SubmissionEntity s = new SubmissionEntity("E", "150000", "/150000/", 2024);
        s.submit(actor(Role.PROVINCE_STAFF, "150000", "/150000/"), NOW);
        assertThat(s.mayApprove(actor(Role.PROVINCE_STAFF, "150000", "/150000/")))
                .isFalse();
        assertThat(s.mayApprove(actor(Role.DIVISION_REVIEWER, "520000", "/520000/")))
                .isFalse();
        Actor reviewer = actor(Role.DIVISION_REVIEWER, "150000", "/150000/");
        assertThat(s.mayApprove(reviewer)).isTrue();

        s.confirm(reviewer, NOW);
        assertThat(s.state()).isEqualTo(SubmissionState.CONFIRMED);
        assertThat(s.drainEvents())
                .extracting(e -> e.to())
                .containsExactly(SubmissionState.SUBMITTED, SubmissionState.CONFIRMED);
    }

    @Test
    void provinceStaffConfirmingTheProvincesYearIsRefusedAndChangesNothing() {
        SubmissionEntity s = new SubmissionEntity("E", "520000", "/520000/", 2024);
        s.submit(actor(Role.PROVINCE_STAFF, "520000", "/520000/"), NOW);
        assertThatThrownBy(() -> s.confirm(actor(Role.PROVINCE_STAFF, "520000", "/520000/"), NOW))
                .isInstanceOf(ApiException.class);
        assertThat(s.state()).isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void onlyASubjectRoleAtTheRegionSubmits() {
        SubmissionEntity s = new SubmissionEntity("E", "150000", "/150000/", 2024);
        assertThatThrownBy(() -> s.submit(actor(Role.DIVISION_REVIEWER, "150000", "/150000/"), NOW))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> s.submit(actor(Role.PROVINCE_STAFF, "520000", "/520000/"), NOW))
                .isInstanceOf(ApiException.class);
        assertThat(s.state()).isEqualTo(SubmissionState.OPEN);
        s.submit(actor(Role.PROVINCE_STAFF, "150000", "/150000/"), NOW);
        assertThat(s.state()).isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void aUnitsEventNamesTheUnit() {
        SubmissionEntity s = submitted("152502", "/150000/152500/152502/", 7);
        assertThat(s.drainEvents()).singleElement().satisfies(e -> {
            assertThat(e.unitId()).isEqualTo(7L);
            assertThat(e.targetId()).isEqualTo("E/152502/unit-7/2024");
        });
    }
}
