package cn.ecozone.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** What the dossier ITs (and the later modules' path tests) do over HTTP: candidacies, rounds, dossiers, materials, answers. */
public final class DossierTestSteps {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final int port;
    private final Fixtures fixtures;

    public DossierTestSteps(int port, Fixtures fixtures) {
        this.port = port;
        this.fixtures = fixtures;
    }

    public Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    /** Runs {@code work} with the shared clock at noon of {@code day} in Beijing, then puts it back. */
    public static <T> T on(MutableClock clock, LocalDate day, Supplier<T> work) {
        Instant before = clock.instant();
        clock.set(day.atTime(12, 0).atZone(BEIJING).toInstant());
        try {
            return work.get();
        } finally {
            clock.set(before);
        }
    }

    /** A candidacy of the region for the programme, made by its province's staff. */
    public JsonNode candidacy(String province, String region, String programme) {
        Response r = as(Role.PROVINCE_STAFF, province)
                .post("/api/candidacies", Map.of("regionCode", region, "programme", programme));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** An Inner Mongolia round open from yesterday to 30 days on. */
    public JsonNode openRound(String programme, LocalDate today) {
        Map<String, Object> body = new HashMap<>();
        body.put("programme", programme);
        body.put("title", "测试批次 " + System.nanoTime());
        body.put("opensOn", today.minusDays(1).toString());
        body.put("closesOn", today.plusDays(30).toString());
        body.put("callDocument", "环办生态函〔2026〕1号");
        Response r = as(Role.PROVINCE_STAFF, "150000").post("/api/application-rounds", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    public static Response create(Browser subject, JsonNode candidacy, Long roundId) {
        Map<String, Object> body = new HashMap<>();
        body.put("candidacyId", candidacy.get("id").asLong());
        body.put("roundId", roundId);
        return subject.post("/api/dossiers", body);
    }

    public static JsonNode created(Browser subject, JsonNode candidacy, Long roundId) {
        Response r = create(subject, candidacy, roundId);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    public static String path(JsonNode dossier) {
        return "/api/dossiers/" + dossier.get("id").asLong();
    }

    public static long version(JsonNode dossier) {
        return dossier.get("version").asLong();
    }

    public static Response text(Browser subject, JsonNode d, String code, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("version", version(d));
        return subject.put(path(d) + "/texts/" + code, body);
    }

    public static Response upload(Browser subject, JsonNode d, String code, String name, byte[] bytes) {
        return subject.upload(path(d) + "/materials/" + code + "/documents?version=" + version(d), name, bytes);
    }

    public static Response answer(Browser subject, JsonNode d, String code, String answer) {
        Map<String, Object> body = new HashMap<>();
        body.put("answer", answer);
        body.put("documentIds", List.of());
        body.put("version", version(d));
        return subject.put(path(d) + "/eligibility/" + code, body);
    }

    public static Response submit(Browser subject, JsonNode d) {
        return subject.post(path(d) + "/submit", Map.of("version", version(d)));
    }

    public static Response action(Browser who, JsonNode d, String action, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("reason", reason);
        body.put("version", version(d));
        return who.post(path(d) + "/actions", body);
    }

    public static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    public static JsonNode material(JsonNode d, String code) {
        for (JsonNode m : d.get("materials")) {
            if (m.get("code").asString().equals(code)) {
                return m;
            }
        }
        throw new AssertionError("no material " + code + " in " + d);
    }

    /** Fills every material of the dossier and answers every condition, so that nothing but what a test adds blocks it. */
    public static JsonNode complete(Browser subject, JsonNode d) {
        for (JsonNode m : d.get("materials")) {
            String code = m.get("code").asString();
            switch (m.get("kind").asString()) {
                case "TEXT" ->
                    d = ok(text(
                            subject,
                            d,
                            code,
                            "生".repeat(m.get("tolerance").get("target").asInt())));
                case "PHOTOS" -> {
                    for (int i = 0; i < m.get("minCount").asInt(); i++) {
                        d = ok(upload(subject, d, code, "photo" + i + ".png", TestFiles.image("png", 40 + i, 30)));
                    }
                }
                default -> d = ok(upload(subject, d, code, code + ".pdf", TestFiles.PDF));
            }
        }
        for (JsonNode c : d.get("eligibility")) {
            d = ok(answer(subject, d, c.get("code").asString(), "经自查符合本项条件（测试答复）"));
        }
        return d;
    }
}
