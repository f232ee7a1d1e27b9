package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.EditionHeader;
import cn.ecozone.indicator.IndicatorInput;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.indicator.edition.ScoreMethod;
import cn.ecozone.indicator.target.GradeAtLeast;
import cn.ecozone.indicator.target.TargetSpecException;
import cn.ecozone.indicator.target.TargetSpecs;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.Terrain;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.ApiException.FieldError;
import cn.ecozone.shared.web.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * The checks an edition header and an indicator pass in the editor and the edition workbook, with
 * a message in the user's language for every failing field. They mirror the checks of the shipped
 * edition files ({@code EditionFiles}), so that an edition made in the UI is as sound as a shipped one.
 */
public final class EditionChecks {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");
    private static final int EARLIEST_YEAR = 1949;
    private static final int LATEST_YEAR = 2100;
    private static final int MAX_GRADES = 10;

    private final List<FieldError> errors = new ArrayList<>();
    private final String prefix;

    private EditionChecks(String prefix) {
        this.prefix = prefix;
    }

    /** Every problem of a header; empty when it is sound. */
    public static List<FieldError> header(EditionHeader h) {
        EditionChecks c = new EditionChecks("");
        c.code("code", h.code());
        if (h.version() == null) {
            c.add("version", "validation.required");
        } else if (h.version() < 1) {
            c.add("version", "error.indicator.edition.version");
        }
        c.text("titleZh", h.titleZh(), 200, true);
        c.text("titleEn", h.titleEn(), 300, false);
        c.text("issuerZh", h.issuerZh(), 200, false);
        c.text("documentZh", h.documentZh(), 300, false);
        c.text("source", h.source(), 500, false);
        c.text("scoreNoteZh", h.scoreNoteZh(), 1000, false);
        c.text("scoreNoteEn", h.scoreNoteEn(), 1000, false);
        if (h.levels().isEmpty()) {
            c.add("levels", "error.indicator.edition.levels");
        }
        boolean years = c.year("firstYear", h.firstYear()) & c.year("lastYear", h.lastYear());
        if (years && h.firstYear() > h.lastYear()) {
            c.add("lastYear", "error.indicator.edition.years", h.firstYear(), h.lastYear());
        }
        if (!ScoreMethod.SHARE_MET.equals(h.scoreMethod()) && !ScoreMethod.WEIGHTED.equals(h.scoreMethod())) {
            c.add("scoreMethod", "error.indicator.edition.score-method");
        }
        return c.errors;
    }

    /**
     * Every problem of an indicator for an edition of these levels and score method; field names get
     * {@code prefix} (e.g. {@code "indicators[3]."}).
     */
    public static List<FieldError> indicator(
            IndicatorInput in, List<RegionLevel> editionLevels, String scoreMethod, String prefix) {
        EditionChecks c = new EditionChecks(prefix);
        c.code("code", in.code());
        if (in.number() != null && in.number() < 1) {
            c.add("number", "error.indicator.edition.number");
        }
        c.text("groupPath", in.groupPath(), 300, true);
        c.text("nameZh", in.nameZh(), 200, true);
        c.text("nameEn", in.nameEn(), 300, false);
        c.text("unit", in.unit(), 40, false);
        c.text("definitionZh", in.definitionZh(), 2000, false);
        c.text("targetTextZh", in.targetTextZh(), 300, true);
        c.text("source", in.source(), 300, false);
        if (in.valueType() == null) {
            c.add("valueType", "validation.required");
        }
        if (in.binding() == null) {
            c.add("binding", "validation.required");
        }
        for (RegionLevel level : in.applyLevels()) {
            if (!editionLevels.contains(level)) {
                c.add("applyLevels", "error.indicator.edition.apply-level", level.name());
            }
        }
        if (in.applyTerrains().contains(Terrain.UNKNOWN)) {
            c.add("applyTerrains", "error.indicator.edition.apply-terrain");
        }
        c.weight(in.weight(), ScoreMethod.WEIGHTED.equals(scoreMethod));
        c.range(in.rangeMin(), in.rangeMax());
        c.grades(in.valueType(), in.grades());
        c.target(in);
        return c.errors;
    }

    /** A 400 listing every problem; the detail counts them. */
    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "validation",
                "error.indicator.edition.invalid",
                new Object[] {
                    errors.size(),
                    new DefaultMessageSourceResolvable(
                            new String[] {errors.getFirst().messageKey()},
                            errors.getFirst().args())
                },
                errors);
    }

    private void code(String field, String code) {
        if (code == null || code.isBlank()) {
            add(field, "validation.required");
        } else if (code.length() > 40 || !CODE.matcher(code).matches()) {
            add(field, "error.indicator.edition.code");
        }
    }

    private void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "validation.required");
            }
        } else if (value.strip().length() > max) {
            add(field, "error.indicator.edition.too-long", max);
        }
    }

    private boolean year(String field, Integer year) {
        if (year == null) {
            add(field, "validation.required");
            return false;
        }
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            add(field, "error.indicator.edition.year", EARLIEST_YEAR, LATEST_YEAR);
            return false;
        }
        return true;
    }

    /** Both bounds or neither; finite, min ≤ max. */
    private void range(Double min, Double max) {
        if (min == null && max == null) {
            return;
        }
        if (min == null || max == null || !Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            add("rangeMax", "error.indicator.edition.range");
        }
    }

    private void weight(Double weight, boolean weighted) {
        if (weight != null && (weight.isNaN() || weight.isInfinite() || weight <= 0)) {
            add("weight", "error.indicator.edition.weight");
        } else if (weighted && weight == null) {
            add("weight", "error.indicator.edition.weight-required");
        } else if (!weighted && weight != null) {
            add("weight", "error.indicator.edition.weight-unused");
        }
    }

    private void grades(ValueType type, List<String> grades) {
        if (type != ValueType.GRADE) {
            if (!grades.isEmpty()) {
                add("grades", "error.indicator.edition.grades-unused");
            }
            return;
        }
        Set<String> seen = new HashSet<>();
        boolean sound = grades.size() >= 2 && grades.size() <= MAX_GRADES;
        for (String grade : grades) {
            sound &= grade != null && !grade.isBlank() && grade.strip().length() <= 20 && seen.add(grade.strip());
        }
        if (!sound) {
            add("grades", "error.indicator.edition.grades", MAX_GRADES);
        }
    }

    private void target(IndicatorInput in) {
        if (in.target() == null || in.target().isEmpty()) {
            add("target", "validation.required");
            return;
        }
        try {
            if (TargetSpecs.parse(in.target()) instanceof GradeAtLeast g
                    && (in.valueType() != ValueType.GRADE || !in.grades().contains(g.grade()))) {
                add("target", "error.indicator.edition.grade-target", g.grade());
            }
        } catch (TargetSpecException e) {
            add(
                    "target",
                    "error.indicator.edition.target",
                    e.text().render(Problems.supported(LocaleContextHolder.getLocale())));
        }
    }

    private void add(String field, String key, Object... args) {
        errors.add(new FieldError(prefix + field, key, args));
    }
}
