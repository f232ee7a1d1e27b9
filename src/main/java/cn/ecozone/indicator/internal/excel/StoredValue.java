package cn.ecozone.indicator.internal.excel;

import java.util.Map;
import java.util.Objects;

/**
 * A held value as the import compares it with a workbook row: a row equal to what is held is
 * "unchanged" and needs no saving (and is no error even in a locked year).
 */
record StoredValue(Double number, Boolean flag, String grade, Map<String, Double> parts, String source, String note) {

    StoredValue {
        parts = parts == null ? Map.of() : Map.copyOf(parts);
    }

    boolean sameOwn(Double number, Boolean flag, String grade, String source, String note) {
        return sameNumber(this.number, number)
                && Objects.equals(this.flag, flag)
                && Objects.equals(this.grade, grade)
                && Objects.equals(blankToNull(this.source), source)
                && Objects.equals(blankToNull(this.note), note);
    }

    boolean samePart(String part, double number, String source, String note) {
        return sameNumber(parts.get(part), number)
                && Objects.equals(blankToNull(this.source), source)
                && Objects.equals(blankToNull(this.note), note);
    }

    static boolean sameNumber(Double a, Double b) {
        return a == null ? b == null : b != null && Double.compare(a, b) == 0;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
