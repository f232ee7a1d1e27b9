package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.indicator.edition.Applicability;
import cn.ecozone.indicator.target.TargetSpecs;
import cn.ecozone.shared.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Published editions with parsed targets, cached: a published edition never changes. */
@Component
public class EditionCatalog {

    private final Editions editions;
    private final IndicatorRows indicators;
    private final JsonMapper json;
    private final Map<String, EditionModel> cache = new ConcurrentHashMap<>();

    EditionCatalog(Editions editions, IndicatorRows indicators, JsonMapper json) {
        this.editions = editions;
        this.indicators = indicators;
        this.json = json;
    }

    /** A published edition; drafts are only for the editor. @throws ApiException 404 for an unknown edition or a draft */
    @Transactional(readOnly = true)
    public EditionModel require(String code) {
        EditionModel cached = cache.get(code);
        if (cached != null) {
            return cached;
        }
        EditionEntity edition = editions.findById(code)
                .filter(e -> !e.isDraft())
                .orElseThrow(() -> ApiException.notFound("error.indicator.edition.not-found", code));
        EditionModel model = build(edition, indicators.findByEditionCodeOrderByPosition(code));
        cache.put(code, model);
        return model;
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
                            r.range()));
        }
        return new EditionModel(edition, List.copyOf(byCode.values()), Map.copyOf(byCode));
    }
}
