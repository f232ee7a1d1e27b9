package cn.ecozone.plan.internal;

import cn.ecozone.indicator.EditionManagement;
import cn.ecozone.indicator.IndicatorInput;
import cn.ecozone.plan.PlanContent;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.ApiException.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a plan's targets, tasks and key projects, reporting every problem at once: names required
 * and within length, years within the plan's period, investments not negative, and a target's
 * indicator present in its published edition.
 */
@Component
public class PlanContentChecks {

    static final int MAX_ROWS = 200;

    /** The largest investment (万元) the key project library keeps (its column, V17). */
    static final double MAX_INVESTMENT = 999_999_999_999.99;

    /** A key project row's key: the server's UUIDs, or any short token of letters, digits and dashes. */
    private static final Pattern ENTRY_KEY = Pattern.compile("[A-Za-z0-9-]{1,36}");

    private final EditionManagement editions;
    private final cn.ecozone.indicator.EditionApplicability applicability;

    PlanContentChecks(EditionManagement editions, cn.ecozone.indicator.EditionApplicability applicability) {
        this.editions = editions;
        this.applicability = applicability;
    }

    /**
     * @param regionCode the plan's region: a target's edition must apply to it (a provincial edition
     *     only in its province; {@code EditionApplicability#appliesInProvince})
     * @throws ApiException 400 listing every problem, fields like {@code targets[2].indicator}
     */
    public void check(PlanContent c, int periodStart, int periodEnd, String regionCode, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        if (c.targets().size() > MAX_ROWS
                || c.tasks().size() > MAX_ROWS
                || c.keyProjects().size() > MAX_ROWS) {
            errors.add(new FieldError("targets", "error.plan.content.too-many", new Object[] {MAX_ROWS}));
        }
        Map<String, Set<String>> indicators = new HashMap<>();
        for (int i = 0; i < c.targets().size(); i++) {
            PlanContent.Target t = c.targets().get(i);
            String at = "targets[" + i + "].";
            name(errors, at + "nameZh", t.nameZh());
            length(errors, at + "value", t.value(), 100, true);
            length(errors, at + "baseline", t.baseline(), 100, false);
            year(errors, at + "year", t.year(), periodStart, periodEnd);
            if (t.edition() != null || t.indicator() != null) {
                Set<String> codes = indicators.computeIfAbsent(String.valueOf(t.edition()), e -> codes(e, actor));
                if (t.indicator() == null || !codes.contains(t.indicator())) {
                    errors.add(new FieldError(at + "indicator", "error.plan.content.indicator", new Object[] {
                        String.valueOf(t.indicator()), String.valueOf(t.edition())
                    }));
                } else if (!applicability.appliesInProvince(t.edition(), regionCode)) {
                    errors.add(new FieldError(
                            at + "edition", "error.plan.content.edition-not-applicable", new Object[] {t.edition()}));
                }
            }
        }
        for (int i = 0; i < c.tasks().size(); i++) {
            PlanContent.Task t = c.tasks().get(i);
            name(errors, "tasks[" + i + "].nameZh", t.nameZh());
            length(errors, "tasks[" + i + "].responsible", t.responsible(), 100, false);
            year(errors, "tasks[" + i + "].year", t.year(), periodStart, periodEnd);
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < c.keyProjects().size(); i++) {
            PlanContent.KeyProject p = c.keyProjects().get(i);
            name(errors, "keyProjects[" + i + "].nameZh", p.nameZh());
            length(errors, "keyProjects[" + i + "].content", p.content(), 1000, false);
            if (p.key() != null && (!ENTRY_KEY.matcher(p.key()).matches() || !keys.add(p.key()))) {
                // a key the server gave, sent back once per row: two rows with one key would share a record
                errors.add(new FieldError("keyProjects[" + i + "].key", "error.plan.content.key", null));
            }
            if (p.investment() != null
                    && (p.investment() < 0
                            || p.investment().isNaN()
                            || p.investment().isInfinite())) {
                errors.add(new FieldError("keyProjects[" + i + "].investment", "error.plan.content.investment", null));
            } else if (p.investment() != null && p.investment() > MAX_INVESTMENT) {
                errors.add(new FieldError(
                        "keyProjects[" + i + "].investment", "error.plan.content.investment-too-large", null));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "error.plan.content.invalid",
                    new Object[] {errors.size()},
                    errors);
        }
    }

    private Set<String> codes(String edition, Actor actor) {
        try {
            return editions.detail(edition, actor).indicators().stream()
                    .map(IndicatorInput::code)
                    .collect(Collectors.toSet());
        } catch (ApiException e) {
            return Set.of();
        }
    }

    private static void name(List<FieldError> errors, String field, String text) {
        length(errors, field, text, 200, true);
    }

    private static void length(List<FieldError> errors, String field, String text, int max, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "validation.required", null));
            }
        } else if (text.strip().length() > max) {
            errors.add(new FieldError(field, "error.plan.content.too-long", new Object[] {max}));
        }
    }

    private static void year(List<FieldError> errors, String field, Integer year, int from, int to) {
        if (year != null && (year < from || year > to)) {
            errors.add(new FieldError(field, "error.plan.content.year", new Object[] {from, to}));
        }
    }
}
