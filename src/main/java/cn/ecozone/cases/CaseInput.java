package cn.ecozone.cases;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a government enters for a case; {@code version} for a change.
 *
 * @param programme {@code TWO_MOUNTAINS_AREA} (Xilingol) or {@code TWO_MOUNTAINS_BASE}: chooses the
 *     regulation in force for the actor's region; fixed once the case exists
 */
public record CaseInput(
        String programme,
        Integer year,
        String title,
        String unitName,
        String path,
        String story,
        List<Result> results,
        Long version) {

    /** One result with its figure, e.g. 牧民人均增收 / 1.2 / 万元. */
    public record Result(String label, BigDecimal value, String unit) {}
}
