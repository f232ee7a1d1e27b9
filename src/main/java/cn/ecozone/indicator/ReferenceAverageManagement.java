package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.ReferenceAverageEntity;
import cn.ecozone.indicator.internal.ReferenceAverages;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provincial averages as the province publishes them (e.g. 当年度全省平均水平 for Guizhou index
 * no. 1); evaluations prefer them to the average computed from held values and say which was used.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceAverageManagement {

    private final EditionCatalog catalog;
    private final ReferenceAverages averages;
    private final RegionManagement regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EditionApplicability applicability;

    ReferenceAverageManagement(
            EditionCatalog catalog,
            ReferenceAverages averages,
            RegionManagement regions,
            ApplicationEventPublisher events,
            Clock clock,
            EditionApplicability applicability) {
        this.applicability = applicability;
        this.catalog = catalog;
        this.averages = averages;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Enters or corrects a published average. Preconditions: the actor is province staff of that
     * province, where the edition applies (a national one, or the province's own: 422 otherwise); the indicator's target compares with a reference average; {@code version} is the
     * one read when correcting.
     */
    @Transactional
    public void publish(
            String edition,
            String province,
            int year,
            String indicator,
            double average,
            String source,
            Long version,
            Actor actor) {
        EditionModel model = catalog.require(edition);
        Region region = regions.require(province);
        if (region.level() != RegionLevel.PROVINCE || !region.code().equals(actor.regionCode())) {
            throw ApiException.forbidden("error.indicator.reference.not-province");
        }
        applicability.checkProvince(model.edition(), region); // a provincial edition's average only its province's
        EditionModel.Row row = model.byCode().get(indicator);
        if (row == null) {
            throw ApiException.notFound("error.indicator.not-found", indicator);
        }
        if (!row.needsReferenceAverage()) {
            throw ApiException.invalid("indicator", "error.indicator.reference.not-needed", indicator);
        }
        if (year < model.edition().firstYear() || year > model.edition().lastYear()) {
            throw ApiException.invalid(
                    "year",
                    "error.indicator.year.outside",
                    year,
                    model.edition().firstYear(),
                    model.edition().lastYear());
        }
        if (!row.range().contains(average)) { // an average lies where the values lie: finite, in range
            throw ApiException.invalid(
                    "average",
                    "error.indicator.value.range",
                    cn.ecozone.indicator.edition.ValueRange.plain(row.range().min()),
                    cn.ecozone.indicator.edition.ValueRange.plain(row.range().max()),
                    String.valueOf(average));
        }
        ReferenceAverageEntity entity = averages.find(edition, indicator, province, year)
                .orElseGet(() -> new ReferenceAverageEntity(edition, indicator, province, year));
        if (!entity.isNew() && (version == null || version != entity.version())) {
            throw ApiException.conflict("error.conflict.stale");
        }
        String old = entity.isNew() ? null : String.valueOf(entity.average());
        entity.publish(average, source, actor.username(), clock.instant());
        averages.saveAndFlush(entity);
        events.publishEvent(new ValueEntered(
                edition, province, year, indicator + ":reference", old, String.valueOf(average), source));
    }
}
