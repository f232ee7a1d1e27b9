package cn.ecozone.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid request bodies of each register kind, for the registry's ITs. */
final class RegisterBodies {

    private RegisterBodies() {}

    /** A valid record of {@code kind} in {@code region}, dated {@code on}, its summary starting with {@code marker}. */
    static Map<String, Object> valid(String kind, String region, LocalDate on, String marker) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", kind);
        b.put("regionCode", region);
        b.put("summary", marker + " 测试记录");
        b.put("sourceNumber", "测试〔2025〕1号");
        b.put("sourceDate", on.toString());
        b.put("sourceIssuer", "测试机关");
        switch (kind) {
            case "INSPECTION_FINDING" -> {
                b.put("category", "CENTRAL_INSPECTION");
                b.put("occurredOn", on.toString());
                b.put("major", true);
                b.put(
                        "tasks",
                        List.of(Map.of(
                                "description",
                                "整改渗滤液",
                                "plannedOn",
                                on.plusDays(30).toString())));
            }
            case "INCIDENT" -> {
                b.put("category", "ENVIRONMENTAL_EMERGENCY");
                b.put("occurredOn", on.toString());
                b.put("level", "MAJOR");
            }
            case "SANCTION" -> {
                b.put("category", "INTERVIEW");
                b.put("occurredOn", on.toString());
                b.put("imposedBy", "生态环境部");
                b.put("level", "MINISTRY");
                b.put("major", false);
            }
            case "FOREST_CASE" -> {
                b.put("occurredOn", on.toString());
                b.put(
                        "tasks",
                        List.of(Map.of(
                                "description",
                                "补植复绿",
                                "plannedOn",
                                on.plusDays(60).toString())));
            }
            case "PETITION" -> {
                b.put("category", "HOTLINE_12369");
                b.put("occurredOn", on.toString());
                b.put("dueOn", on.plusDays(30).toString());
            }
            case "KEY_TASK" -> {
                b.put("category", "DISCHARGE_PERMITS");
                b.put("year", on.getYear() - 1);
                b.put("completed", false);
                b.put("occurredOn", on.toString());
            }
            case "ECO_QUALITY" -> {
                b.put("year", on.getYear() - 1);
                b.put("level", "WORSE");
                b.put("occurredOn", on.toString());
            }
            case "DATA_FALSIFICATION" -> b.put("occurredOn", on.toString());
            default -> throw new IllegalArgumentException(kind);
        }
        return b;
    }

    /** The kind's own field a valid body cannot do without. */
    static String requiredField(String kind) {
        return switch (kind) {
            case "INSPECTION_FINDING", "SANCTION" -> "major";
            case "INCIDENT" -> "level";
            case "PETITION" -> "dueOn";
            case "KEY_TASK" -> "completed";
            case "ECO_QUALITY" -> "level";
            default -> "occurredOn";
        };
    }
}
