package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.EditionHeader;
import cn.ecozone.indicator.IndicatorInput;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.indicator.edition.Applicability;
import cn.ecozone.indicator.edition.IndicatorDefinition;
import cn.ecozone.region.RegionLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Converts between the stored edition rows and the editor's header and indicator inputs. */
@Component
public class EditionMapper {

    private final JsonMapper json;

    EditionMapper(JsonMapper json) {
        this.json = json;
    }

    public EditionHeader header(EditionEntity e) {
        return new EditionHeader(
                e.code(),
                e.editionVersion(),
                e.titleZh(),
                e.titleEn(),
                e.issuerZh(),
                e.documentZh(),
                e.issued(),
                e.issuedUncertain(),
                e.source(),
                e.complete(),
                levels(e.levels()),
                e.provinceCode(),
                e.firstYear(),
                e.lastYear(),
                e.scoreMethod(),
                e.scoreNoteZh(),
                e.scoreNoteEn());
    }

    public static List<RegionLevel> levels(String stored) {
        return stored == null || stored.isBlank()
                ? List.of()
                : Arrays.stream(stored.split(",")).map(RegionLevel::valueOf).toList();
    }

    public IndicatorInput input(IndicatorEntity r) {
        Applicability applies =
                r.applies() == null ? Applicability.EVERYWHERE : json.readValue(r.applies(), Applicability.class);
        return new IndicatorInput(
                r.code(),
                r.number(),
                r.groupPath(),
                r.nameZh(),
                r.nameEn(),
                r.unit(),
                ValueType.valueOf(r.valueType()),
                Binding.valueOf(r.binding()),
                r.definitionZh(),
                applies.levels(),
                applies.terrains(),
                applies.grassland(),
                applies.coastal(),
                r.targetTextZh(),
                json.readValue(r.targetSpec(), new TypeReference<Map<String, Object>>() {}),
                r.uncertain(),
                r.weight(),
                r.source(),
                r.grades() == null ? List.of() : json.readValue(r.grades(), new TypeReference<List<String>>() {}),
                r.statedRange() == null ? null : r.statedRange().min(),
                r.statedRange() == null ? null : r.statedRange().max(),
                r.environmentalQuality());
    }

    /** A new row at {@code position}. Precondition: the input passed {@link EditionChecks#indicator}. */
    public IndicatorEntity row(String edition, int position, IndicatorInput in) {
        return new IndicatorEntity(
                edition,
                position,
                definition(in),
                in.groupPath().strip(),
                appliesJson(in),
                targetJson(in),
                gradesJson(in),
                Boolean.TRUE.equals(in.environmentalQuality()));
    }

    /** Replaces a row's definition. Precondition: the input passed {@link EditionChecks#indicator}. */
    public void redefine(IndicatorEntity row, IndicatorInput in) {
        row.redefine(
                definition(in),
                in.groupPath().strip(),
                appliesJson(in),
                targetJson(in),
                gradesJson(in),
                in.environmentalQuality());
    }

    /** The serialized target spec, for the stored column's length limit. */
    public String targetJson(IndicatorInput in) {
        return json.writeValueAsString(in.target());
    }

    private static IndicatorDefinition definition(IndicatorInput in) {
        return new IndicatorDefinition(
                in.code(),
                in.number(),
                null,
                in.nameZh().strip(),
                strip(in.nameEn()),
                strip(in.unit()),
                in.valueType(),
                in.binding(),
                strip(in.definitionZh()),
                null,
                in.targetTextZh().strip(),
                in.target(),
                in.uncertain(),
                in.weight(),
                strip(in.source()),
                in.grades().stream().map(String::strip).toList(),
                in.rangeMin() == null || in.rangeMax() == null
                        ? null
                        : new cn.ecozone.indicator.edition.ValueRange(in.rangeMin(), in.rangeMax()));
    }

    private String appliesJson(IndicatorInput in) {
        Applicability applies = new Applicability(in.applyLevels(), in.applyTerrains(), in.grassland(), in.coastal());
        return applies.equals(Applicability.EVERYWHERE) ? null : json.writeValueAsString(applies);
    }

    private String gradesJson(IndicatorInput in) {
        return in.grades().isEmpty()
                ? null
                : json.writeValueAsString(
                        in.grades().stream().map(String::strip).toList());
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
