package cn.ecozone.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.plan.PlanPathIT;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Key projects entered in a plan's content go into the key project library (issue 14 §8): one record
 * per row, linked to the plan and the row, updated with the row, never twice. The county 150781
 * (满洲里市) is this test's own.
 */
@ApiTest
class PlanKeyProjectsIT {

    static final String COUNTY = "150781";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aPlansKeyProjectsBecomeOneLinkedRecordEachAndASecondSaveUpdatesThemWithoutDuplicates() {
        Browser county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY));
        JsonNode plan = PlanPathIT.drafted(county, "满洲里市重点项目规划");
        long planId = plan.get("id").asLong();

        JsonNode saved = save(
                county, plan, List.of(row(null, "呼伦湖湿地修复", 5000.0, "修复湿地 2 万亩"), row(null, "口岸绿色物流园", 1200.5, null)));
        JsonNode rows = saved.get("content").get("keyProjects");
        String first = rows.get(0).get("key").asString();
        String second = rows.get(1).get("key").asString();
        assertThat(first).isNotBlank().isNotEqualTo(second);

        JsonNode linked = county.get("/api/key-projects/from-plan/" + planId).json();
        assertThat(linked).hasSize(2);
        JsonNode wetland = byEntry(linked, first);
        assertThat(wetland.get("name").asString()).isEqualTo("呼伦湖湿地修复");
        assertThat(wetland.get("investment").decimalValue()).isEqualByComparingTo("5000");
        assertThat(wetland.get("status").asString()).isEqualTo("PLANNED");
        assertThat(wetland.get("fromPlan").get("planId").asLong()).isEqualTo(planId);
        assertThat(wetland.get("fromPlan").get("title").asString()).isEqualTo("满洲里市重点项目规划");
        assertThat(county.get("/api/key-projects?region=" + COUNTY + "&q=呼伦湖湿地修复")
                        .json()
                        .get("totalElements")
                        .asLong())
                .as("the library lists the record once")
                .isEqualTo(1);

        // the same rows again, one changed: the records are updated, not added
        saved = save(
                county,
                saved,
                List.of(row(first, "呼伦湖湿地修复", 6000.0, "修复湿地 3 万亩"), row(second, "口岸绿色物流园", 1200.5, null)));
        JsonNode again = county.get("/api/key-projects/from-plan/" + planId).json();
        assertThat(again).hasSize(2);
        JsonNode updated = byEntry(again, first);
        assertThat(updated.get("id").asLong()).isEqualTo(wetland.get("id").asLong());
        assertThat(updated.get("investment").decimalValue()).isEqualByComparingTo("6000");
        JsonNode history = county.get("/api/key-projects/" + updated.get("id").asLong())
                .json()
                .get("history");
        assertThat(history.findValuesAsString("field")).contains("investment", "content");
        assertThat(county.get("/api/key-projects?region=" + COUNTY + "&q=呼伦湖湿地修复")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);

        // a row removed from the plan leaves its record in the library, no longer linked to a row
        long logistics = byEntry(again, second).get("id").asLong();
        save(county, saved, List.of(row(first, "呼伦湖湿地修复", 6000.0, "修复湿地 3 万亩")));
        assertThat(county.get("/api/key-projects/from-plan/" + planId).json()).hasSize(1);
        JsonNode kept = county.get("/api/key-projects/" + logistics).json();
        assertThat(kept.get("fromPlan").get("planId").asLong()).isEqualTo(planId);
        assertThat(kept.get("fromPlan").get("entry").isNull()).isTrue();
    }

    @Test
    void twoRowsWithOneKeyAreRefusedAndNothingIsTaken() {
        Browser county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY));
        JsonNode plan = PlanPathIT.drafted(county, "满洲里市重复行规划");
        Response refused = county.put(
                "/api/plans/" + plan.get("id").asLong() + "/content",
                body(plan, List.of(row("k-1", "甲项目", null, null), row("k-1", "乙项目", null, null))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("keyProjects[1].key");
        assertThat(county.get("/api/key-projects/from-plan/" + plan.get("id").asLong())
                        .json())
                .isEmpty();
    }

    @Test
    void anotherProvinceSeesNeitherThePlansRecordsNorTheRecord() {
        Browser county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY));
        JsonNode plan = PlanPathIT.drafted(county, "满洲里市范围规划");
        save(county, plan, List.of(row(null, "扎赉诺尔矿区生态修复", 800.0, null)));
        JsonNode linked = county.get(
                        "/api/key-projects/from-plan/" + plan.get("id").asLong())
                .json();
        assertThat(linked).hasSize(1);

        Browser guizhou = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "520000"));
        assertThat(guizhou.get("/api/key-projects/from-plan/" + plan.get("id").asLong())
                        .json())
                .isEmpty();
        assertThat(guizhou.get("/api/key-projects/" + linked.get(0).get("id").asLong())
                        .status())
                .isEqualTo(404);
    }

    static JsonNode save(Browser county, JsonNode plan, List<Map<String, Object>> projects) {
        Response r = county.put("/api/plans/" + plan.get("id").asLong() + "/content", body(plan, projects));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static Map<String, Object> body(JsonNode plan, List<Map<String, Object>> projects) {
        return Map.of(
                "version",
                plan.get("version").asLong(),
                "targets",
                List.of(),
                "tasks",
                List.of(),
                "keyProjects",
                projects);
    }

    static Map<String, Object> row(String key, String name, Double investment, String content) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", key);
        row.put("nameZh", name);
        row.put("investment", investment);
        row.put("content", content);
        return row;
    }

    static JsonNode byEntry(JsonNode records, String entry) {
        List<JsonNode> found = new ArrayList<>();
        records.forEach(r -> {
            if (entry.equals(r.get("fromPlan").get("entry").asString())) {
                found.add(r);
            }
        });
        assertThat(found).as("one record for row " + entry).hasSize(1);
        return found.get(0);
    }
}
