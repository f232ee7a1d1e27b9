package cn.ecozone.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * For tests about something other than completeness: a submission of an indicator year must explain
 * each applicable indicator without a value (issue 14 §2). {@link #explained} reads the year's {@code
 * missing} as the submitting user sees it and gives one reason for each.
 */
public final class MissingValues {

    private static final Pattern SUBMISSION =
            Pattern.compile("/api/indicator-submissions/([^/]+)/([^/]+)/(\\d+)/SUBMIT(?:\\?unit=(\\d+))?");

    private MissingValues() {}

    /**
     * The body of a submission to {@code submitPath} ({@code /api/indicator-submissions/{edition}/{region}/{year}/SUBMIT},
     * optionally {@code ?unit=}) with a reason for every missing indicator; an empty body when the
     * year cannot be read.
     */
    public static Map<String, Object> explained(Browser browser, String submitPath) {
        Matcher m = SUBMISSION.matcher(submitPath);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a submission path: " + submitPath);
        }
        Response year = browser.get("/api/indicator-values?edition=" + m.group(1) + "&region=" + m.group(2) + "&year="
                + m.group(3) + (m.group(4) == null ? "" : "&unit=" + m.group(4)));
        if (year.status() != 200 || !year.json().has("missing")) {
            return Map.of();
        }
        List<Map<String, String>> reasons = new ArrayList<>();
        for (JsonNode code : year.json().get("missing")) {
            reasons.add(Map.of("indicator", code.asString(), "reason", "测试：本年度未填报"));
        }
        return Map.of("missingReasons", reasons);
    }

    /** Submits the year at {@code submitPath} with every missing indicator explained. */
    public static Response submit(Browser browser, String submitPath) {
        return browser.post(submitPath, explained(browser, submitPath));
    }
}
