package cn.ecozone.cases.internal;

import cn.ecozone.cases.CaseInput;
import cn.ecozone.cases.CaseView;
import cn.ecozone.cases.TransformationPath;
import cn.ecozone.shared.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Checks what a government enters for a case: 400 naming the field, before anything changes. */
public final class CaseChecks {

    /** At most so many results (label, value, unit rows). */
    public static final int MAX_RESULTS = 20;

    private CaseChecks() {}

    /** The checked content. */
    public record Checked(TypicalCaseEntity.Content content, List<CaseView.Result> results) {}

    /**
     * The input as content; the year lies between 2000 and {@code thisYear} (a case tells what was
     * achieved, never what is planned).
     */
    public static Checked check(CaseInput in, int thisYear) {
        if (in.year() == null) {
            throw ApiException.invalid("year", "cases.input.required");
        }
        if (in.year() < 2000 || in.year() > thisYear) {
            throw ApiException.invalid("year", "cases.input.range", 2000, thisYear);
        }
        String title = required("title", in.title(), 200);
        String unit = optional("unitName", in.unitName(), 200);
        TransformationPath path = path(in.path());
        String story = required("story", in.story(), 20000);
        List<CaseView.Result> results = new ArrayList<>();
        List<CaseInput.Result> given = in.results() == null ? List.of() : in.results();
        if (given.size() > MAX_RESULTS) {
            throw ApiException.invalid("results", "cases.input.too-many", MAX_RESULTS);
        }
        for (int i = 0; i < given.size(); i++) {
            CaseInput.Result r = given.get(i);
            if (r == null) {
                throw ApiException.invalid("results[" + i + "]", "cases.input.required");
            }
            String label = required("results[" + i + "].label", r.label(), 100);
            if (r.value() == null) {
                throw ApiException.invalid("results[" + i + "].value", "cases.input.required");
            }
            if (r.value().abs().compareTo(new BigDecimal("1e15")) >= 0
                    || r.value().scale() > 4) {
                throw ApiException.invalid("results[" + i + "].value", "cases.input.figure");
            }
            results.add(new CaseView.Result(label, r.value(), optional("results[" + i + "].unit", r.unit(), 20)));
        }
        return new Checked(new TypicalCaseEntity.Content(in.year(), title, unit, path, story), results);
    }

    /** A transformation path by its name; 400 for anything else. */
    public static TransformationPath path(String given) {
        if (given == null || given.isBlank()) {
            throw ApiException.invalid("path", "cases.input.required");
        }
        try {
            return TransformationPath.valueOf(given.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("path", "cases.input.path");
        }
    }

    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "cases.input.required");
        }
        return optional(field, value, max);
    }

    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw ApiException.invalid(field, "cases.input.too-long", max);
        }
        return v;
    }
}
