package cn.ecozone.indicator.internal.excel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The valid values of a workbook, waiting to be saved: by year, then by indicator code. Rows of the
 * parts of one indicator (GZ-09:redline_area …) are merged into one value. Repeated texts (indicator
 * codes, sources, notes) are shared, so that 100,000 rows stay small.
 */
final class PendingValues {

    /** One value to save; {@code parts} is null unless part rows were given. */
    static final class Pending {
        Double number;
        Boolean flag;
        String grade;
        Map<String, Double> parts;
        String source;
        String note;
        boolean ownRow;
    }

    private final Map<Integer, Map<String, Pending>> byYear = new TreeMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private int rows;

    void own(int year, String indicator, Double number, Boolean flag, String grade, String source, String note) {
        Pending p = pending(year, indicator);
        p.ownRow = true;
        p.number = number;
        p.flag = flag;
        p.grade = grade;
        texts(p, source, note);
        rows++;
    }

    void part(int year, String indicator, String part, double number, String source, String note) {
        Pending p = pending(year, indicator);
        if (p.parts == null) {
            p.parts = new TreeMap<>();
        }
        p.parts.put(part, number);
        texts(p, source, note);
        rows++;
    }

    Map<Integer, Map<String, Pending>> byYear() {
        return byYear;
    }

    /** The number of values to save (parts of one indicator count once). */
    int values() {
        return byYear.values().stream().mapToInt(Map::size).sum();
    }

    /** The number of rows taken. */
    int rows() {
        return rows;
    }

    private Pending pending(int year, String indicator) {
        // one string per indicator code, shared by its values of every year
        String code = texts.computeIfAbsent(indicator, s -> s);
        return byYear.computeIfAbsent(year, y -> new LinkedHashMap<>()).computeIfAbsent(code, c -> new Pending());
    }

    private void texts(Pending p, String source, String note) {
        if (source != null && p.source == null) {
            p.source = texts.computeIfAbsent(source, s -> s);
        }
        if (note != null && p.note == null) {
            p.note = texts.computeIfAbsent(note, s -> s);
        }
    }
}
