package cn.ecozone.indicator.web;

import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.EvaluationManagement;
import cn.ecozone.indicator.IndicatorConfirmationManagement;
import cn.ecozone.indicator.IndicatorInboxItem;
import cn.ecozone.indicator.IndicatorValueManagement;
import cn.ecozone.indicator.IndicatorYear;
import cn.ecozone.indicator.ReferenceAverageManagement;
import cn.ecozone.indicator.Scorecard;
import cn.ecozone.indicator.ValueInput;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionEntity;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
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
    private final ReferenceAverageManagement references;

    IndicatorController(
            EditionCatalog catalog,
            IndicatorValueManagement values,
            IndicatorConfirmationManagement confirmations,
            EvaluationManagement evaluations,
            JsonMapper json,
            ReferenceAverageManagement references) {
        this.references = references;
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
                                r.groupPathEn(),
                                r.nameZh(),
                                r.nameEn(),
                                r.unit(),
                                r.valueType(),
                                r.binding(),
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
    @ResponseStatus(HttpStatus.NO_CONTENT)
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
            @NotNull(message = "{validation.required}") Double average,

            @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}")
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

    record EditionSummary(
            String code,
            int version,
            String titleZh,
            @Nullable String titleEn,
            @Nullable String issuerZh,
            @Nullable String documentZh,
            @Nullable String issued,
            boolean issuedUncertain,
            @Nullable String source,
            boolean complete,
            @Nullable String levels,
            int firstYear,
            int lastYear,
            @Nullable String scoreMethod,
            @Nullable String scoreNoteZh,
            @Nullable String status) {

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
            @Nullable Integer number,
            @Nullable String group,
            @Nullable String groupEn,
            String nameZh,
            @Nullable String nameEn,
            @Nullable String unit,
            ValueType valueType,
            Binding binding,
            @Nullable String targetText,
            boolean uncertain,
            List<String> grades) {}
}
