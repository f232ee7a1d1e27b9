package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.indicator.edition.Applicability;
import cn.ecozone.indicator.target.TargetSpecs;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Caches;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published editions with parsed targets, cached ({@link Caches#EDITIONS}): a published edition never
 * changes, and a draft, which the editor changes, is never cached (it is refused with 404), so an
 * entry is never stale on any instance (ADR 0017).
 */
@Component
public class EditionCatalog {

    private final Editions editions;
    private final IndicatorRows indicators;
    private final JsonMapper json;

    EditionCatalog(Editions editions, IndicatorRows indicators, JsonMapper json) {
        this.editions = editions;
        this.indicators = indicators;
        this.json = json;
    }

    /**
     * A published edition, from the cache or read in two statements (no transaction is held on a
     * hit); drafts are only for the editor. @throws ApiException 404 for an unknown edition or a draft
     * (not cached)
     */
    @Cacheable(cacheNames = Caches.EDITIONS, sync = true)
    public EditionModel require(String code) {
        EditionEntity edition = editions.findById(code)
                .filter(e -> !e.isDraft())
                .orElseThrow(() -> ApiException.notFound("error.indicator.edition.not-found", code));
        return build(edition, indicators.findByEditionCodeOrderByPosition(code));
    }

    /** The published editions by code. */
    public List<EditionEntity> all() {
        return editions.findAll(org.springframework.data.domain.Sort.by("code")).stream()
                .filter(e -> !e.isDraft())
                .toList();
    }

    EditionModel build(EditionEntity edition, List<IndicatorEntity> rows) {
        Map<String, EditionModel.Row> byCode = new LinkedHashMap<>();
        for (IndicatorEntity r : rows) {
            Map<String, Object> spec = json.readValue(r.targetSpec(), new TypeReference<Map<String, Object>>() {});
            Applicability applies = r.applies() == null ? null : json.readValue(r.applies(), Applicability.class);
            byCode.put(
                    r.code(),
                    new EditionModel.Row(
                            r.code(),
                            r.number(),
                            r.groupPath(),
                            r.groupPathEn(),
                            r.nameZh(),
                            r.nameEn(),
                            r.unit(),
                            ValueType.valueOf(r.valueType()),
                            Binding.valueOf(r.binding()),
                            applies,
                            r.targetTextZh(),
                            TargetSpecs.parse(spec),
                            r.uncertain(),
                            r.weight(),
                            "ABOVE_REFERENCE_AVERAGE".equals(spec.get("kind")),
                            r.grades() == null
                                    ? List.of()
                                    : json.readValue(r.grades(), new TypeReference<List<String>>() {}),
                            r.range(),
                            r.environmentalQuality()));
        }
        return new EditionModel(edition, List.copyOf(byCode.values()), Map.copyOf(byCode));
    }
}
