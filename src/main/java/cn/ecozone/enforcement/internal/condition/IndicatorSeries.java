package cn.ecozone.enforcement.internal.condition;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of the edition the title's regulation names for the subject's level, as the indicator
 * module reports it for the confirmed years since the naming (values of unconfirmed years are absent).
 *
 * @param edition the edition's code, e.g. {@code GZ-2SZS-2021}
 * @param group the indicator's group path, outermost first, separated by {@code " / "}
 * @param category the progress category of the confirmed series (Open SDG's, plus {@code NO_DATA})
 * @param reason how the category was found, in words
 * @param points the confirmed years with a number, ascending
 * @param environmentalQuality the edition marks the indicator as one of its environmental-quality dimension
 */
public record IndicatorSeries(
        String edition,
        String code,
        String name,
        String unit,
        String group,
        String category,
        String reason,
        List<Point> points,
        boolean environmentalQuality) {

    public IndicatorSeries {
        points = List.copyOf(points);
    }

    /** One confirmed year of the series. */
    public record Point(int year, BigDecimal value) {}
}
