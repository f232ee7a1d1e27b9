package cn.ecozone.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the publicity ITs do over HTTP: a Guizhou county's dossier brought to the municipal publicity
 * step (submitted, cultivated by the municipal bureau, consented by the municipal government), and the
 * notice and complaint calls.
 */
final class PublicityTestSteps {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final int port;
    private final Fixtures fixtures;
    private final MutableClock clock;

    PublicityTestSteps(int port, Fixtures fixtures, MutableClock clock) {
        this.port = port;
        this.fixtures = fixtures;
        this.clock = clock;
    }

    Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    Browser anonymous() {
        return new Browser(port);
    }

    /** Sets the shared clock to {@code time} in Beijing. */
    void at(LocalDateTime time) {
        clock.set(time.atZone(BEIJING).toInstant());
    }

    void on(LocalDate day) {
        at(day.atTime(12, 0));
    }

    static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static JsonNode created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /**
     * A dossier of the Guizhou county waiting at the municipal publicity step (GZ arts. 9–10), made on
     * the clock's current day, which lies in the first half of the year.
     */
    JsonNode atMunicipalPublicity(String county, String prefecture) {
        JsonNode candidacy = created(as(Role.PROVINCE_STAFF, "520000")
                .post("/api/candidacies", Map.of("regionCode", county, "programme", "TWO_MOUNTAINS_BASE")));
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        Map<String, Object> body = new HashMap<>();
        body.put("candidacyId", candidacy.get("id").asLong());
        body.put("roundId", null);
        JsonNode d = created(subject.post("/api/dossiers", body));
        d = completeAndSubmit(subject, d);
        act(as(Role.PREFECTURE_STAFF, prefecture), d, "CULTIVATE");
        act(as(Role.PREFECTURE_GOVERNMENT, prefecture), d, "CONSENT");
        return fresh(subject, d);
    }

    private void act(Browser who, JsonNode d, String step) {
        JsonNode now = fresh(who, d);
        Map<String, Object> body = new HashMap<>();
        body.put("action", "ACT");
        body.put("reason", "同意（公示测试）");
        body.put("version", now.get("version").asLong());
        ok(who.post(path(d) + "/actions", body));
        assertThat(fresh(who, d).toString()).doesNotContain("\"currentStepCode\":\"" + step + "\"");
    }

    static String path(JsonNode d) {
        return "/api/dossiers/" + d.get("id").asLong();
    }

    static JsonNode fresh(Browser who, JsonNode d) {
        return ok(who.get(path(d)));
    }

    private static JsonNode completeAndSubmit(Browser subject, JsonNode d) {
        for (JsonNode m : d.get("materials")) {
            String code = m.get("code").asString();
            switch (m.get("kind").asString()) {
                case "TEXT" -> {
                    Map<String, Object> b = new HashMap<>();
                    b.put("text", "生".repeat(m.get("tolerance").get("target").asInt()));
                    b.put("version", fresh(subject, d).get("version").asLong());
                    ok(subject.put(path(d) + "/texts/" + code, b));
                }
                case "PHOTOS" -> {
                    for (int i = 0; i < m.get("minCount").asInt(); i++) {
                        ok(subject.upload(
                                path(d) + "/materials/" + code + "/documents?version="
                                        + fresh(subject, d).get("version").asLong(),
                                "photo" + i + ".png",
                                TestFiles.image("png", 40 + i, 30)));
                    }
                }
                default ->
                    ok(subject.upload(
                            path(d) + "/materials/" + code + "/documents?version="
                                    + fresh(subject, d).get("version").asLong(),
                            code + ".pdf",
                            TestFiles.PDF));
            }
        }
        for (JsonNode c : d.get("eligibility")) {
            Map<String, Object> b = new HashMap<>();
            b.put("answer", "经自查符合本项条件（测试答复）");
            b.put("documentIds", List.of());
            b.put("version", fresh(subject, d).get("version").asLong());
            ok(subject.put(path(d) + "/eligibility/" + c.get("code").asString(), b));
        }
        return ok(subject.post(
                path(d) + "/submit",
                Map.of("version", fresh(subject, d).get("version").asLong())));
    }

    /** A draft notice of the municipal publicity listing the dossiers, published on {@code publishedOn}. */
    static Response draft(
            Browser issuer, long roundId, List<Long> dossierIds, LocalDate publishedOn, LocalDate endsOn) {
        return issuer.post("/api/publicity/notices", notice(roundId, dossierIds, publishedOn, endsOn));
    }

    /** The body of a draft notice of the municipal publicity, with a document number. */
    static Map<String, Object> notice(long roundId, List<Long> dossierIds, LocalDate publishedOn, LocalDate endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("roundId", roundId);
        body.put("stepCode", "PUBLICITY");
        body.put("dossierIds", dossierIds);
        body.put("title", "“两山”基地预审推荐地区公示（测试）");
        body.put("documentNumber", "黔东南环函〔2026〕8号");
        body.put("publishedOn", publishedOn.toString());
        body.put("endsOn", endsOn == null ? null : endsOn.toString());
        return body;
    }

    static Response complain(Browser who, long noticeId, long dossierId, String name, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("dossierId", dossierId);
        body.put("name", name);
        body.put("contact", name == null ? null : "13800000000");
        body.put("text", text);
        return who.post("/api/public/notices/" + noticeId + "/complaints", body);
    }
}
