package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.EditionHeader;
import cn.ecozone.indicator.IndicatorInput;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The checks of an edition's input for the editor ({@code EditionManagement}): the field checks of
 * {@link EditionChecks}, the stored length of a target spec, duplicate indicator codes and the
 * province an edition may be restricted to. Each returns every problem at once.
 */
@Component
public class EditionInputChecks {

    /** The length of the stored target spec column. */
    private static final int MAX_TARGET_JSON = 4000;

    private final EditionMapper mapper;

    EditionInputChecks(EditionMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Every problem of a header and its indicators (fields of indicator {@code i} prefixed {@code
     * indicators[i].}), including duplicate indicator codes; empty when all is sound.
     */
    public List<FieldError> check(EditionHeader header, List<IndicatorInput> indicators) {
        List<FieldError> errors = new ArrayList<>(EditionChecks.header(header));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorInput in = indicators.get(i);
            errors.addAll(indicator(in, header, "indicators[" + i + "]."));
            if (in.code() != null && !seen.add(in.code())) {
                errors.add(new FieldError(
                        "indicators[" + i + "].code",
                        "error.indicator.edition.duplicate-indicator",
                        new Object[] {in.code()}));
            }
        }
        return errors;
    }

    /** The field checks of one indicator plus the stored length of its target spec. */
    public List<FieldError> indicator(IndicatorInput in, EditionHeader h, String prefix) {
        List<FieldError> errors = new ArrayList<>(EditionChecks.indicator(in, h.levels(), h.scoreMethod(), prefix));
        if (in.target() != null && mapper.targetJson(in).length() > MAX_TARGET_JSON) {
            errors.add(new FieldError(
                    prefix + "target", "error.indicator.edition.too-long", new Object[] {MAX_TARGET_JSON}));
        }
        return errors;
    }

    /** A province department restricts an edition to its own province, or leaves it national (no province). */
    public static void ownProvince(EditionHeader h, Actor actor, List<FieldError> errors) {
        if (h.province() != null
                && !h.province().isBlank()
                && !h.province().strip().equals(actor.regionCode())) {
            errors.add(new FieldError("province", "error.indicator.edition.province", new Object[] {h.province()}));
        }
    }
}
