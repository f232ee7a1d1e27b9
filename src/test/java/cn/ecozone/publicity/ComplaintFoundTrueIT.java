package cn.ecozone.publicity;

import static cn.ecozone.publicity.PublicityTestSteps.complain;
import static cn.ecozone.publicity.PublicityTestSteps.created;
import static cn.ecozone.publicity.PublicityTestSteps.draft;
import static cn.ecozone.publicity.PublicityTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.publicity.internal.BlockingComplaints;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A complaint found true (GZ art. 16) is lifted only by the dossier's publicity for a later opening of the
 * step, never by a notice entry that records no opening (a legacy entry V86 left without one) though it
 * was published after the finding. Guizhou municipal publicity of 黔南州 罗甸县, which no other test uses.
 */
@ApiTest
class ComplaintFoundTrueIT {

    static final String PREFECTURE = "522700";
    static final String LUODIAN = "522728";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BlockingComplaints blocking;

    PublicityTestSteps steps;

    Instant before;

    @BeforeEach
    void setUp() {
        before = clock.instant();
        steps = new PublicityTestSteps(port, fixtures, clock);
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(before);
    }

    @Test
    void aComplaintFoundTrueKeepsBlockingThoughALegacyEntryWithoutAnOpeningIsPublishedAfterTheFinding() {
        steps.on(LocalDate.of(2026, 6, 1));
        JsonNode d = steps.atMunicipalPublicity(LUODIAN, PREFECTURE);
        long id = d.get("id").asLong();
        JsonNode drafted = created(
                draft(government(), d.get("round").get("id").asLong(), List.of(id), LocalDate.of(2026, 6, 2), null));
        long noticeId = drafted.get("id").asLong();
        steps.on(LocalDate.of(2026, 6, 2));
        ok(government()
                .post(
                        "/api/publicity/notices/" + noticeId + "/publish",
                        Map.of("version", drafted.get("version").asLong())));

        steps.on(LocalDate.of(2026, 6, 3));
        created(complain(steps.anonymous(), noticeId, id, null, "罗甸县生态产品价值核算口径前后不一致（测试）"));
        long complaintId = ok(bureau().get("/api/publicity/complaints?noticeId=" + noticeId))
                .get("content")
                .get(0)
                .get("id")
                .asLong();
        long version = ok(bureau().get("/api/publicity/complaints/" + complaintId))
                .get("version")
                .asLong();
        ok(bureau().post(
                        "/api/publicity/complaints/" + complaintId + "/finding",
                        Map.of("finding", "TRUE", "text", "经调查核实，投诉属实（测试）", "version", version)));
        assertThat(blocking.of(List.of(id))).containsKey(id);

        // a legacy entry of the dossier at the same step, on a notice published after the finding, which
        // V86 left without an opening (it shared the visit with a newer entry)
        long legacy = legacyCopyOf(noticeId, OffsetDateTime.of(2026, 6, 4, 2, 0, 0, 0, ZoneOffset.UTC));

        assertThat(blocking.of(List.of(id)))
                .as("an entry without an opening (notice %d) is no new publicity of the dossier", legacy)
                .containsEntry(id, new BlockingComplaints.Block(complaintId, ComplaintState.FOUND));
    }

    /** A published copy of the notice, published at {@code at}, listing its dossiers with no opening. */
    private long legacyCopyOf(long noticeId, OffsetDateTime at) {
        String columns = "round_id, step_code, publicity_code, regulation_code, regulation_version, programme,"
                + " region_code, region_path, province_code, issuer_role, issuer_name, title, document_number,"
                + " published_on, ends_on, minimum_ends_on, explanation_zh, explanation_en, where_published,"
                + " how_to_complain, state, created_by, version";
        jdbc.sql("insert into publicity_notice (" + columns + ", published_at, created_at) select " + columns
                        + ", :at, :at from publicity_notice where id = :id")
                .param("at", at)
                .param("id", noticeId)
                .update();
        long legacy = jdbc.sql("select max(id) from publicity_notice")
                .query(Long.class)
                .single();
        jdbc.sql("insert into publicity_notice_entry (notice_id, dossier_id, candidacy_id, run_id, region_code,"
                        + " region_name, subject_name, position, step_code, opening) select :legacy, dossier_id,"
                        + " candidacy_id, run_id, region_code, region_name, subject_name, position, step_code, null"
                        + " from publicity_notice_entry where notice_id = :id")
                .param("legacy", legacy)
                .param("id", noticeId)
                .update();
        return legacy;
    }

    private Browser bureau() {
        return steps.as(Role.PREFECTURE_STAFF, PREFECTURE);
    }

    private Browser government() {
        return steps.as(Role.PREFECTURE_GOVERNMENT, PREFECTURE);
    }
}
