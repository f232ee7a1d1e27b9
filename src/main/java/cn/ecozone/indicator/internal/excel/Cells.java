package cn.ecozone.indicator.internal.excel;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/** Reads the cells of a streamed row as the import needs them: text, numbers and 是/否. */
final class Cells {

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private Cells() {}

    /** What a number cell holds. */
    sealed interface NumberCell permits Blank, Value, NotANumber, ErrorValue {}

    /** Nothing entered. */
    record Blank() implements NumberCell, FlagCell {}

    /** A number; a percentage-formatted cell (0.95 shown as 95%) already scaled to 95. */
    record Value(BigDecimal number) implements NumberCell {}

    /** Text that is not a number, as the cell shows it. */
    record NotANumber(String text) implements NumberCell, FlagCell {}

    /** An Excel error value such as {@code #DIV/0!}. */
    record ErrorValue(String text) implements NumberCell, FlagCell {}

    /** What a 是/否 cell holds. */
    sealed interface FlagCell permits Blank, YesNo, NotANumber, ErrorValue {}

    /** 是 (true) or 否 (false). */
    record YesNo(boolean value) implements FlagCell {}

    /** The cell at the index, or null when the row has none there. */
    static Cell cell(Row row, Integer index) {
        if (index == null || index >= row.getCellCount()) {
            return null;
        }
        return row.getCell(index);
    }

    /** The cell's text, trimmed; numbers as written (520302, not 520302.0); null when blank. */
    static String text(Row row, Integer index) {
        Cell cell = cell(row, index);
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> plain(cell.asNumber());
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            default -> cell.getRawValue();
        };
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static NumberCell number(Row row, Integer index) {
        Cell cell = cell(row, index);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return new Blank();
        }
        if (cell.getType() == CellType.ERROR) {
            return new ErrorValue(cell.getRawValue());
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return new Value(percentFormatted(cell) ? number.movePointRight(2) : number);
        }
        String text = text(row, index);
        if (text == null) {
            return new Blank();
        }
        NumberCell parsed = parse(text);
        if (cell.getType() == CellType.FORMULA
                && parsed instanceof Value(BigDecimal number)
                && percentFormatted(cell)
                && !text.endsWith("%")) {
            return new Value(number.movePointRight(2));
        }
        return parsed;
    }

    /** Parses typed text: 62.5, 1,234.5, 95% (read as 95); anything else is not a number. */
    static NumberCell parse(String text) {
        String t = text.strip();
        if (t.endsWith("%") || t.endsWith("％")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (t.isEmpty() || !t.chars().allMatch(c -> Character.isDigit(c) && c < 128 || "+-.eE".indexOf(c) >= 0)) {
            return new NotANumber(text);
        }
        try {
            return new Value(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return new NotANumber(text);
        }
    }

    static FlagCell flag(Row row, Integer index) {
        Cell cell = cell(row, index);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return new Blank();
        }
        if (cell.getType() == CellType.ERROR) {
            return new ErrorValue(cell.getRawValue());
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return new YesNo(Boolean.TRUE.equals(cell.asBoolean()));
        }
        String text = text(row, index);
        if (text == null) {
            return new Blank();
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "是", "TRUE" -> new YesNo(true);
            case "否", "FALSE" -> new YesNo(false);
            default -> new NotANumber(text);
        };
    }

    /** A number as written, without a trailing {@code .0} or exponent. */
    static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    private static boolean percentFormatted(Cell cell) {
        String format = cell.getDataFormatString();
        return format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
    }
}
