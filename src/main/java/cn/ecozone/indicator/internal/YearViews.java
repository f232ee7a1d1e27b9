package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.IndicatorYear;
import cn.ecozone.indicator.ValueChecks;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.region.Region;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link IndicatorYear} a user sees: the values, the confirmation state mirrored from the
 * year's run, the run itself (the procedure panel draws its actions from {@code allowedActions}) and
 * the flags the API has always returned, derived from those same actions.
 */
@Component
public class YearViews {

    private final Values values;
    private final Submissions submissions;
    private final Confirmation confirmation;
    private final EditionCatalog catalog;

    YearViews(Values values, Submissions submissions, Confirmation confirmation, EditionCatalog catalog) {
        this.catalog = catalog;
        this.values = values;
        this.submissions = submissions;
        this.confirmation = confirmation;
    }

    /** The year of {@code owner} as {@code actor} sees it. Precondition: the owner is in the actor's scope. */
    public IndicatorYear view(String edition, ValueOwner owner, int year, Actor actor) {
        SubmissionEntity s = submission(edition, owner, year);
        Region region = owner.region();
        List<IndicatorYear.Value> list = values.forOwner(edition, region.code(), owner.unitId(), year, year).stream()
                .map(YearViews::toValue)
                .toList();
        Optional<RunView> run = confirmation.run(s, actor, !list.isEmpty());
        EditionModel model = catalog.require(edition);
        YearCompleteness completeness = YearCompleteness.of(
                model, region, list.stream().map(IndicatorYear.Value::indicator).toList());
        return new IndicatorYear(
                edition,
                region.code(),
                region.name(),
                owner.unitOrNull(),
                owner.unitName(),
                year,
                s.state(),
                s.reason(),
                s.submittedBy(),
                s.submittedAt(),
                s.decidedByName(),
                s.decidedAt(),
                s.version(),
                SubjectRoles.isReporter(actor, region.code(), region.level())
                        && s.state().editable(),
                list,
                run.orElse(null),
                new IndicatorYear.Completeness(completeness.filled(), completeness.applicable()),
                completeness.missing(),
                reasons(model, s));
    }

    /** The latest submission's reasons for missing values, in the edition's order (unknown codes last). */
    private static List<IndicatorYear.MissingReason> reasons(EditionModel model, SubmissionEntity s) {
        List<String> order = model.rows().stream().map(EditionModel.Row::code).toList();
        return s.missingReasons().stream()
                .sorted(java.util.Comparator.comparingInt((MissingReasonEmbeddable m) -> {
                    int at = order.indexOf(m.indicator());
                    return at < 0 ? Integer.MAX_VALUE : at;
                }))
                .map(m -> new IndicatorYear.MissingReason(m.indicator(), m.reason()))
                .toList();
    }

    /** The year's row, or a fresh open one (not saved) when nobody has written to the year yet. */
    public SubmissionEntity submission(String edition, ValueOwner owner, int year) {
        Region region = owner.region();
        return submissions
                .find(edition, region.code(), owner.unitId(), year)
                .orElseGet(() -> new SubmissionEntity(edition, owner.unitId(), region.code(), region.path(), year));
    }

    public static IndicatorYear.Value toValue(ValueEntity v) {
        return new IndicatorYear.Value(
                v.indicatorCode(),
                v.numberValue(),
                v.flagValue(),
                v.gradeValue(),
                parts(v),
                v.source(),
                v.note(),
                v.enteredBy(),
                v.enteredAt(),
                v.version(),
                v.enteredByOrg());
    }

    /** The stored parts; null for none, or for parts that cannot be read (stored around the checks). */
    private static Map<String, Double> parts(ValueEntity v) {
        try {
            return v.parts() == null ? null : ValueChecks.parts(v.parts());
        } catch (ApiException e) {
            return null;
        }
    }
}
