package cn.ecozone.indicator.web;

import cn.ecozone.indicator.ApplicableEditionManagement;
import cn.ecozone.indicator.ApplicableEditionManagement.ApplicableEditions;
import cn.ecozone.indicator.ApplicableEditionManagement.Missing;
import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionEntity;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editions the indicator pages offer the current user, the one they open on, and the levels
 * without an edition yet (issue 14 §1, ADR 0038). Any business user; nothing of a region's data.
 */
@RestController
@Access.BusinessUser
class ApplicableEditionController {

    private final ApplicableEditionManagement applicable;
    private final EditionCatalog catalog;

    ApplicableEditionController(ApplicableEditionManagement applicable, EditionCatalog catalog) {
        this.applicable = applicable;
        this.catalog = catalog;
    }

    @GetMapping("/api/indicator-editions/applicable")
    Applicable applicable() {
        ApplicableEditions a = applicable.forActor(CurrentActor.require());
        Map<String, EditionEntity> byCode =
                catalog.all().stream().collect(Collectors.toMap(EditionEntity::code, Function.identity()));
        return new Applicable(
                a.regionCode(),
                a.regionName(),
                a.level().name(),
                a.editions().stream()
                        .map(byCode::get)
                        .map(IndicatorController.EditionSummary::of)
                        .toList(),
                a.atOwnLevel(),
                a.preferred(),
                a.missing());
    }

    /** As {@link ApplicableEditions}, with each edition as the edition list shows it. */
    record Applicable(
            String regionCode,
            String regionName,
            String level,
            List<IndicatorController.EditionSummary> editions,
            List<String> atOwnLevel,
            @Nullable String preferred,
            List<Missing> missing) {}
}
