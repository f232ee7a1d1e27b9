package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import cn.ecozone.support.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** A fresh county-level edition of Inner Mongolia (2024–2026, indicators) for review tests. */
final class ReviewTestEditions {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ReviewTestEditions() {}

    /** Creates and publishes the edition as the Inner Mongolia department ({@code province}); its code. */
    static String publish(Browser province) {
        String code = "T-RV-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("code", code);
        header.put("version", 1);
        header.put("titleZh", "测试旗县指标体系（审核）");
        header.put("levels", List.of("COUNTY"));
        header.put("province", "150000");
        header.put("firstYear", 2024);
        header.put("lastYear", 2026);
        header.put("scoreMethod", "SHARE_MET");
        Response created = province.post("/api/indicator-drafts", Map.of("header", header));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long version = created.json().get("version").asLong();
        for (String indicator : List.of("R-01", "R-02", "R-03")) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("code", indicator);
            i.put("groupPath", "生态环境质量");
            i.put("nameZh", "测试指标 " + indicator);
            i.put("unit", "%");
            i.put("valueType", "PERCENTAGE");
            i.put("binding", "BINDING");
            i.put("targetTextZh", "≥60");
            i.put("target", Map.of("kind", "AT_LEAST", "value", 60));
            Response put = province.put(
                    "/api/indicator-drafts/" + code + "/indicators/" + indicator,
                    Map.of("indicator", i, "version", version));
            assertThat(put.status()).as(put.toString()).isEqualTo(200);
            version = put.json().get("version").asLong();
        }
        Response published = province.post("/api/indicator-drafts/" + code + "/publish", Map.of("version", version));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        JsonNode edition = published.json();
        assertThat(edition.get("status").asString()).isEqualTo("PUBLISHED");
        return code;
    }
}
