package cn.ecozone.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.enforcement.EnforcementFacts;
import cn.ecozone.enforcement.Measure;
import cn.ecozone.enforcement.RectificationState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rectification's own transitions (review findings 5, 9, 12): what each state allows. */
class RectificationEntityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);
    private static final Instant NOW = Instant.parse("2026-11-05T02:00:00Z");

    private static RectificationEntity open() {
        return new RectificationEntity(
                new TitleRef(1, 2, "150103", "/150000/150100/150103/", "回民区人民政府", "ECO_CIVILIZATION_ZONE"),
                "IM-ECOCIV-2022",
                3,
                Measure.RECTIFICATION,
                "SITE_CHECK",
                null,
                9L,
                "督促加快推进问题整改",
                4,
                "第十八条",
                null,
                DAY.minusDays(3),
                "fixture",
                NOW);
    }

    @Test
    void aCompletedRectificationIsNotEscalatedAndStaysCompleted() {
        RectificationEntity r = open();
        r.overdue();
        r.completed();

        assertThatThrownBy(r::escalated).isInstanceOf(EnforcementFacts.NotOverdue.class);
        assertThat(r.state()).isEqualTo(RectificationState.COMPLETED);
    }

    @Test
    void onlyAnOverdueRectificationIsEscalatedAndThenNothingMoreIsReportedOrAccepted() {
        RectificationEntity r = open();
        assertThatThrownBy(r::escalated).isInstanceOf(EnforcementFacts.NotOverdue.class);
        assertThat(r.overdue()).isTrue();

        r.escalated();

        assertThat(r.state()).isEqualTo(RectificationState.ESCALATED);
        assertThatThrownBy(() -> r.reported("已整改", List.of(), DAY))
                .isInstanceOf(EnforcementFacts.RectificationClosed.class);
        assertThatThrownBy(r::completed).isInstanceOf(EnforcementFacts.RectificationClosed.class);
        assertThatThrownBy(() -> r.attach(5, "a.pdf", "county", NOW))
                .isInstanceOf(EnforcementFacts.RectificationClosed.class);
    }

    @Test
    void aReportMadeAfterTheDueDayBeforeTheDeadlineJobNoticedDoesNotKeepItFromGoingOverdue() {
        RectificationEntity r = open().scheduled(DAY, "限期至 " + DAY, 7L);
        r.reported("已整改", List.of(), DAY.plusDays(1));

        assertThat(r.reportedInTime()).isFalse();
        assertThat(r.overdue()).isTrue();
        assertThat(r.state()).isEqualTo(RectificationState.OVERDUE);
    }

    @Test
    void aReportMadeOnTheDueDayKeepsItFromGoingOverdue() {
        RectificationEntity r = open().scheduled(DAY, "限期至 " + DAY, 7L);
        r.reported("已整改", List.of(), DAY);

        assertThat(r.reportedInTime()).isTrue();
        assertThat(r.overdue()).isFalse();
    }

    @Test
    void aReportAwaitingTheDepartmentKeepsTheRectificationFromGoingOverdueUntilItIsReturned() {
        RectificationEntity r = open();
        r.reported("已整改", List.of(), DAY);

        assertThat(r.awaitingAcceptance()).isTrue();
        assertThat(r.overdue()).isFalse();
        assertThat(r.state()).isEqualTo(RectificationState.OPEN);

        r.returned();
        assertThat(r.awaitingAcceptance()).isFalse();
        assertThat(r.overdue()).isTrue();
    }

    @Test
    void aReportNamesOnlyDocumentsUploadedForTheRectificationAndOtherwiseChangesNothing() {
        RectificationEntity r = open().attach(5, "a.pdf", "county", NOW);

        assertThatThrownBy(() -> r.reported("已整改", List.of(5L, 6L), DAY))
                .isInstanceOf(EnforcementFacts.ForeignDocuments.class)
                .extracting(e -> ((EnforcementFacts.ForeignDocuments) e).field())
                .isEqualTo("documentIds");
        assertThat(r.report()).isNull();
        assertThat(r.awaitingAcceptance()).isFalse();

        r.reported("已整改", List.of(5L), DAY);
        assertThat(r.report()).isEqualTo("已整改");
        assertThat(r.documents()).extracting(RectificationDocument::documentId).containsExactly(5L);
    }
}
