package cn.ecozone.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the opinion ITs do over HTTP to have submitted dossiers: candidacies, rounds, complete dossiers. */
final class OpinionTestSteps {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final int port;
    private final Fixtures fixtures;

    OpinionTestSteps(int port, Fixtures fixtures) {
        this.port = port;
        this.fixtures = fixtures;
    }

    Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    /** An Inner Mongolia round of the programme open from yesterday to 30 days on. */
    long openInnerMongoliaRound(String programme) {
        LocalDate today = LocalDate.now(BEIJING);
        Map<String, Object> body = new HashMap<>();
        body.put("programme", programme);
        body.put("title", "意见测试批次 " + System.nanoTime());
        body.put("opensOn", today.minusDays(1).toString());
        body.put("closesOn", today.plusDays(30).toString());
        body.put("callDocument", "环办生态函〔2026〕9号");
        return ok(as(Role.PROVINCE_STAFF, "150000").post("/api/application-rounds", body), 201)
                .get("id")
                .asLong();
    }

    /**
     * A complete dossier of the county submitted in the round (null: the platform's round of the year),
     * its candidacy made by the province's staff.
     */
    JsonNode submitted(String province, String county, String programme, Long roundId) {
        JsonNode candidacy = ok(
                as(Role.PROVINCE_STAFF, province)
                        .post("/api/candidacies", Map.of("regionCode", county, "programme", programme)),
                201);
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        Map<String, Object> body = new HashMap<>();
        body.put("candidacyId", candidacy.get("id").asLong());
        body.put("roundId", roundId);
        JsonNode d = ok(subject.post("/api/dossiers", body), 201);
        d = complete(subject, d);
        d = ok(
                subject.post(
                        path(d) + "/submit", Map.of("version", d.get("version").asLong())),
                200);
        assertThat(d.get("state").asString()).isEqualTo("SUBMITTED");
        return d;
    }

    /**
     * A Guizhou county's dossier (the platform's round of the year) brought to the municipal publicity
     * (GZ arts. 9–10): submitted, cultivated by the municipal bureau, consented by the municipal government.
     */
    JsonNode atMunicipalPublicity(String county, String prefecture) {
        JsonNode d = submitted("520000", county, "TWO_MOUNTAINS_BASE", null);
        ok(act(as(Role.PREFECTURE_STAFF, prefecture), d), 200);
        ok(act(as(Role.PREFECTURE_GOVERNMENT, prefecture), d), 200);
        return ok(as(Role.COUNTY_GOVERNMENT, county).get(path(d)), 200);
    }

    /** The generic act of the dossier's current step by {@code who}, at the version it reads now. */
    static Response act(Browser who, JsonNode d) {
        JsonNode now = ok(who.get(path(d)), 200);
        Map<String, Object> body = new HashMap<>();
        body.put("action", "ACT");
        body.put("reason", "同意（意见测试）");
        body.put("version", now.get("version").asLong());
        return who.post(path(d) + "/actions", body);
    }

    static String path(JsonNode dossier) {
        return "/api/dossiers/" + dossier.get("id").asLong();
    }

    static JsonNode ok(Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        return r.json();
    }

    /** Fills every material and answers every condition. */
    private static JsonNode complete(Browser subject, JsonNode d) {
        for (JsonNode m : d.get("materials")) {
            String code = m.get("code").asString();
            String at = path(d);
            switch (m.get("kind").asString()) {
                case "TEXT" -> {
                    Map<String, Object> body = new HashMap<>();
                    body.put("text", "生".repeat(m.get("tolerance").get("target").asInt()));
                    body.put("version", d.get("version").asLong());
                    d = ok(subject.put(at + "/texts/" + code, body), 200);
                }
                case "PHOTOS" -> {
                    for (int i = 0; i < m.get("minCount").asInt(); i++) {
                        d = ok(
                                subject.upload(
                                        at + "/materials/" + code + "/documents?version="
                                                + d.get("version").asLong(),
                                        "photo" + i + ".png",
                                        TestFiles.image("png", 40 + i, 30)),
                                200);
                    }
                }
                default ->
                    d = ok(
                            subject.upload(
                                    at + "/materials/" + code + "/documents?version="
                                            + d.get("version").asLong(),
                                    code + ".pdf",
                                    TestFiles.PDF),
                            200);
            }
        }
        for (JsonNode c : d.get("eligibility")) {
            Map<String, Object> body = new HashMap<>();
            body.put("answer", "经自查符合本项条件（测试答复）");
            body.put("documentIds", List.of());
            body.put("version", d.get("version").asLong());
            d = ok(subject.put(path(d) + "/eligibility/" + c.get("code").asString(), body), 200);
        }
        return d;
    }
}
