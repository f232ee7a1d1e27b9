package cn.ecozone.indicator.web;

import cn.ecozone.indicator.EvaluationManagement;
import cn.ecozone.indicator.IndicatorConfirmationManagement;
import cn.ecozone.indicator.IndicatorConfirmationManagement.Transition;
import cn.ecozone.indicator.IndicatorInboxItem;
import cn.ecozone.indicator.IndicatorValueManagement;
import cn.ecozone.indicator.IndicatorYear;
import cn.ecozone.indicator.Scorecard;
import cn.ecozone.indicator.ValueInput;
import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionEntity;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indicator editions, yearly values with confirmation, and evaluations. Any logged-in user; scope
 * applies. Values, submissions and evaluations take an optional {@code unit} query parameter, the id
 * of a construction unit of the region; without it they are about the region's own values.
 */
@RestController
@Access.BusinessStaff
class IndicatorController {

    private final EditionCatalog catalog;
    private final IndicatorValueManagement values;
    private final IndicatorConfirmationManagement confirmations;
    private final EvaluationManagement evaluations;
    private final JsonMapper json;
    private final cn.ecozone.indicator.ReferenceAverageManagement references;
    private final cn.ecozone.indicator.IndicatorReviewManagement reviews;

    IndicatorController(
            EditionCatalog catalog,
            IndicatorValueManagement values,
            IndicatorConfirmationManagement confirmations,
            EvaluationManagement evaluations,
            JsonMapper json,
            cn.ecozone.indicator.ReferenceAverageManagement references,
            cn.ecozone.indicator.IndicatorReviewManagement reviews) {
        this.references = references;
        this.reviews = reviews;
        this.catalog = catalog;
        this.values = values;
        this.confirmations = confirmations;
        this.evaluations = evaluations;
        this.json = json;
    }

    @Access.BusinessUser
    @GetMapping("/api/indicator-editions")
    List<EditionSummary> editions() {
        return catalog.all().stream().map(EditionSummary::of).toList();
    }

    @Access.BusinessUser
    @GetMapping("/api/indicator-editions/{code}")
    EditionDetail edition(@PathVariable String code) {
        EditionModel model = catalog.require(code);
        return new EditionDetail(
                EditionSummary.of(model.edition()),
                model.rows().stream()
                        .map(r -> new IndicatorRow(
                                r.code(),
                                r.number(),
                                r.groupPath(),
                                r.nameZh(),
                                r.nameEn(),
                                r.unit(),
                                r.valueType().name(),
                                r.binding().name(),
                                r.targetTextZh(),
                                r.uncertain(),
                                r.grades()))
                        .toList());
    }

    @GetMapping("/api/indicator-values")
    IndicatorYear year(
            @RequestParam String edition,
            @RequestParam String region,
            @RequestParam int year,
            @RequestParam(required = false) Long unit) {
        return values.year(edition, region, unit, year, CurrentActor.require());
    }

    @PutMapping("/api/indicator-values/{edition}/{region}/{year}/{indicator}")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'COUNTY_GOVERNMENT', 'CONSTRUCTION_SUBJECT', 'PREFECTURE_GOVERNMENT',"
            + " 'PREFECTURE_STAFF', 'COMMITTEE_OFFICE')")
    IndicatorYear.Value enter(
            @PathVariable String edition,
            @PathVariable String region,
            @PathVariable int year,
            @PathVariable String indicator,
            @RequestParam(required = false) Long unit,
            @Valid @RequestBody ValueRequest body) {
        return values.enter(
                new ValueInput(
                        edition,
                        region,
                        year,
                        indicator,
                        body.value(),
                        body.flag(),
                        body.parts() == null ? null : json.writeValueAsString(body.parts()),
                        body.grade(),
                        body.source(),
                        body.note(),
                        body.reason(),
                        body.version()),
                unit,
                CurrentActor.require());
    }

    @PostMapping("/api/indicator-submissions/{edition}/{region}/{year}/{transition}")
    IndicatorYear transition(
            @PathVariable String edition,
            @PathVariable String region,
            @PathVariable int year,
            @PathVariable Transition transition,
            @RequestParam(required = false) Long unit,
            @Valid @RequestBody(required = false) ReasonRequest body) {
        // issue 14 §2: a submission's reasons for missing values, a confirmation's opinion and a return's
        // indicator comments are kept (IndicatorConfirmationManagement, IndicatorReviewManagement)
        return reviews.decide(
                edition,
                region,
                unit,
                year,
                transition,
                body == null ? null : body.reason(),
                body == null ? null : body.opinion(),
                body == null || body.comments() == null
                        ? List.of()
                        : body.comments().stream()
                                .map(c -> new cn.ecozone.indicator.IndicatorReview.IndicatorComment(
                                        c.indicator(), c.comment()))
                                .toList(),
                body == null || body.missingReasons() == null
                        ? List.of()
                        : body.missingReasons().stream()
                                .map(m -> new IndicatorYear.MissingReason(m.indicator(), m.reason()))
                                .toList(),
                CurrentActor.require());
    }

    /** One page (size at most 100) of the years waiting for the user's confirmation, longest waiting first. */
    @GetMapping("/api/indicator-submissions/inbox")
    PageResult<IndicatorInboxItem> inbox(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return confirmations.inbox(CurrentActor.require(), page, size);
    }

    @GetMapping("/api/evaluations")
    Scorecard evaluate(
            @RequestParam String edition,
            @RequestParam String region,
            @RequestParam int year,
            @RequestParam(required = false) Long unit) {
        return evaluations.evaluate(
                edition,
                region,
                unit,
                year,
                CurrentActor.require(),
                Problems.supported(LocaleContextHolder.getLocale()));
    }

    /** The province publishes its average of a reference indicator for a year. */
    @PutMapping("/api/indicator-references/{edition}/{province}/{year}/{indicator}")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    void publishReference(
            @PathVariable String edition,
            @PathVariable String province,
            @PathVariable int year,
            @PathVariable String indicator,
            @Valid @RequestBody ReferenceRequest body) {
        references.publish(
                edition,
                province,
                year,
                indicator,
                body.average(),
                body.source().strip(),
                body.version(),
                CurrentActor.require());
    }

    record ReferenceRequest(
            @jakarta.validation.constraints.NotNull(message = "{validation.required}")
            Double average,

            @jakarta.validation.constraints.NotBlank(message = "{validation.required}")
            @Size(max = 300, message = "{validation.size.max}")
            String source,

            Long version) {}

    @GetMapping("/api/evaluations/ranking")
    List<EvaluationManagement.Ranked> ranking(
            @RequestParam String edition, @RequestParam String parent, @RequestParam int year) {
        return evaluations.ranking(
                edition, parent, year, CurrentActor.require(), Problems.supported(LocaleContextHolder.getLocale()));
    }

    @GetMapping("/api/evaluations/trend")
    List<EvaluationManagement.TrendPoint> trend(
            @RequestParam String edition,
            @RequestParam String region,
            @RequestParam String indicator,
            @RequestParam int from,
            @RequestParam int to,
            @RequestParam(required = false) Long unit) {
        return evaluations.trend(
                edition,
                region,
                unit,
                indicator,
                from,
                to,
                CurrentActor.require(),
                Problems.supported(LocaleContextHolder.getLocale()));
    }

    record ValueRequest(
            Double value,
            Boolean flag,
            Map<String, Double> parts,

            @Size(max = 20, message = "{validation.size.max}")
            String grade,

            @Size(max = 300, message = "{validation.size.max}")
            String source,

            @Size(max = 1000, message = "{validation.size.max}")
            String note,

            @Size(max = 1000, message = "{validation.size.max}")
            String reason,

            Long version) {}

    /**
     * A move's reason (return, reopen) and, for a submission, a reason per applicable indicator left
     * without a value (issue 14 §2).
     */
    record ReasonRequest(
            @Size(max = 1000, message = "{validation.size.max}")
            String reason,

            @Size(max = 500, message = "{validation.size.max}")
            List<@Valid MissingReasonRequest> missingReasons,

            @Size(max = 500, message = "{validation.size.max}")
            String opinion,

            @Size(max = 200, message = "{validation.size.max}")
            List<@Valid CommentRequest> comments) {}

    /** Why one indicator has no value: required, at most 500 characters. */
    record MissingReasonRequest(
            @jakarta.validation.constraints.NotBlank(message = "{validation.required}")
            @Size(max = 40, message = "{validation.size.max}")
            String indicator,

            @jakarta.validation.constraints.NotBlank(message = "{validation.required}")
            @Size(max = 500, message = "{validation.size.max}")
            String reason) {}

    /** An indicator a return names, with its comment (issue 14 §2). */
    record CommentRequest(
            @jakarta.validation.constraints.NotBlank(message = "{validation.required}")
            String indicator,

            @jakarta.validation.constraints.NotBlank(message = "{validation.required}")
            @Size(max = 500, message = "{validation.size.max}")
            String comment) {}

    record EditionSummary(
            String code,
            int version,
            String titleZh,
            String titleEn,
            String issuerZh,
            String documentZh,
            String issued,
            boolean issuedUncertain,
            String source,
            boolean complete,
            String levels,
            int firstYear,
            int lastYear,
            String scoreMethod,
            String scoreNoteZh,
            String status) {

        static EditionSummary of(EditionEntity e) {
            return new EditionSummary(
                    e.code(),
                    e.editionVersion(),
                    e.titleZh(),
                    e.titleEn(),
                    e.issuerZh(),
                    e.documentZh(),
                    e.issued() == null ? null : e.issued().toString(),
                    e.issuedUncertain(),
                    e.source(),
                    e.complete(),
                    e.levels(),
                    e.firstYear(),
                    e.lastYear(),
                    e.scoreMethod(),
                    e.scoreNoteZh(),
                    e.status());
        }
    }

    record EditionDetail(EditionSummary edition, List<IndicatorRow> indicators) {}

    record IndicatorRow(
            String code,
            Integer number,
            String group,
            String nameZh,
            String nameEn,
            String unit,
            String valueType,
            String binding,
            String targetText,
            boolean uncertain,
            List<String> grades) {}
}
