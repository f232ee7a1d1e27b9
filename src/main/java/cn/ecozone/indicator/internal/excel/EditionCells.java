package cn.ecozone.indicator.internal.excel;

import cn.ecozone.shared.ApiException.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the cells of the edition workbook by the field they fill (text, whole number, number, 是/否,
 * date, a Chinese choice or a list of them, JSON), collecting an error with sheet, row and column for
 * every cell that cannot be read. A blank cell reads as null; required fields are checked later.
 */
final class EditionCells {

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);
    private static final Set<String> INTEGERS = Set.of("version", "number", "firstYear", "lastYear", "target.byYear");
    private static final Set<String> NUMBERS = Set.of("target.value", "weight", "rangeMin", "rangeMax");
    private static final Set<String> FLAGS =
            Set.of("issuedUncertain", "complete", "grassland", "coastal", "uncertain", "environmentalQuality");

    private final String sheet;
    private final List<FieldError> errors;
    private final JsonMapper json;
    private Cell cell;
    private int rowNumber;
    private String label;

    EditionCells(String sheet, List<FieldError> errors, JsonMapper json) {
        this.sheet = sheet;
        this.errors = errors;
        this.json = json;
    }

    /** Moves to a cell; a null row reads as blank. */
    void at(Row row, int rowNumber, String label, Integer column) {
        this.cell = row == null || column == null ? null : row.getCell(column);
        this.rowNumber = rowNumber;
        this.label = label;
    }

    /** The current cell's value for {@code field}, or null when blank or unreadable (then an error is kept). */
    Object read(String field) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        if (INTEGERS.contains(field)) {
            Double number = number(text);
            if (number == null || number != Math.rint(number) || Math.abs(number) > 1e6) {
                return fail("error.indicator.edition.workbook.integer");
            }
            return number.intValue();
        }
        if (NUMBERS.contains(field)) {
            Double number = number(text);
            return number == null ? fail("error.indicator.edition.workbook.number") : number;
        }
        if (FLAGS.contains(field)) {
            return switch (text) {
                case EditionSheets.YES -> Boolean.TRUE;
                case EditionSheets.NO -> Boolean.FALSE;
                default -> fail("error.indicator.edition.workbook.yes-no");
            };
        }
        return switch (field) {
            case "issued" -> date(text);
            case "valueType" -> choice(text, EditionSheets.VALUE_TYPES);
            case "binding" -> choice(text, EditionSheets.BINDINGS);
            case "scoreMethod" -> choice(text, EditionSheets.SCORE_METHODS);
            case "levels", "applyLevels" -> list(text, EditionSheets.LEVELS);
            case "applyTerrains" -> list(text, EditionSheets.TERRAINS);
            case "grades" ->
                Arrays.stream(text.split(EditionSheets.LIST_SEPARATORS))
                        .map(String::strip)
                        .filter(g -> !g.isEmpty())
                        .toList();
            case "target.kind" -> text.toUpperCase(Locale.ROOT);
            case "target" -> jsonObject(text);
            default -> text;
        };
    }

    private Double number(String text) {
        if (cell.getCellType() == CellType.NUMERIC) {
            return cell.getNumericCellValue();
        }
        try {
            double value = Double.parseDouble(text.replace("，", "").replace(",", ""));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Object date(String text) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            return fail("error.indicator.edition.workbook.date");
        }
    }

    private <E> Object choice(Object text, Map<E, String> names) {
        for (Map.Entry<E, String> e : names.entrySet()) {
            if (e.getValue().equals(text) || e.getKey().toString().equalsIgnoreCase(text.toString())) {
                return e.getKey();
            }
        }
        return fail(
                "error.indicator.edition.workbook.choice",
                String.join("、", names.values().stream().sorted().toList()));
    }

    private <E> Object list(String text, Map<E, String> names) {
        List<E> items = new ArrayList<>();
        for (String part : text.split(EditionSheets.LIST_SEPARATORS)) {
            if (part.isBlank()) {
                continue;
            }
            E found = names.entrySet().stream()
                    .filter(e -> e.getValue().equals(part.strip())
                            || e.getKey().toString().equalsIgnoreCase(part.strip()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (found == null) {
                return fail(
                        "error.indicator.edition.workbook.choice",
                        String.join("、", names.values().stream().sorted().toList()));
            }
            if (!items.contains(found)) {
                items.add(found);
            }
        }
        return items;
    }

    private Object jsonObject(String text) {
        try {
            Object parsed = json.readValue(text, Object.class);
            if (parsed instanceof Map<?, ?> map) {
                return map;
            }
        } catch (JacksonException e) {
            // reported below
        }
        return fail("error.indicator.edition.workbook.json");
    }

    private Object fail(String key, Object... args) {
        errors.add(error(sheet, rowNumber, label, key, args));
        return null;
    }

    /** An error at a cell, e.g. 「指标」第5行「值类型」：… */
    static FieldError error(String sheet, int row, String label, String key, Object... args) {
        return located(sheet, row, label, new DefaultMessageSourceResolvable(new String[] {key}, args));
    }

    /** An error at a cell whose reason is already a resolvable message. */
    static FieldError located(String sheet, int row, String label, Object reason) {
        return new FieldError(sheet + "!" + row + "!" + label, "error.indicator.edition.workbook.cell", new Object[] {
            sheet, row, label, reason
        });
    }

    /** The cell's text as shown, stripped; null when blank. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String text = FORMAT.formatCellValue(cell);
        return text == null || text.isBlank() ? null : text.strip();
    }

    static boolean blank(Row row) {
        if (row == null) {
            return true;
        }
        for (Cell c : row) {
            if (text(c) != null) {
                return false;
            }
        }
        return true;
    }
}
