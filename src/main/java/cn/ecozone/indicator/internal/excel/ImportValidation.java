package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.SubmissionState;
import cn.ecozone.indicator.ValueInput;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.excel.Cells.FlagCell;
import cn.ecozone.indicator.internal.excel.Cells.NumberCell;
import cn.ecozone.indicator.internal.excel.WorkbookReader.DataSheet;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Row;

/**
 * Validates the rows of a workbook one by one, as they stream past, and keeps every error (up to
 * {@link #MAX_KEPT}; all are counted) and every valid value. The rules of a single entry (scope,
 * subject, year, lock, edition applicability, value type, finite number in the indicator's range)
 * come from {@link EntryRules}, so that the import applies the very checks of the entry form
 * ({@code ValueChecks}); only what a cell can get wrong (text in a number cell, an error value,
 * duplicates) is the import's own.
 *
 * <p>A row without a value and without a 是/否 is skipped: templates list every indicator, and a
 * blank one means "not entered". A row equal to the held value is "unchanged", which is no error
 * even in a submitted or confirmed year, so that a whole template can be uploaded again.
 */
final class ImportValidation {

    /** The errors kept for the report; more are only counted. */
    static final int MAX_KEPT = 5_000;

    static final int MAX_SOURCE = 300;
    static final int MAX_NOTE = 1_000;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?");

    private final EditionModel model;
    private final Map<String, ValueShape> shapes = new HashMap<>();
    private final Actor actor;
    private final EntryRules rules;
    private final IntFunction<Map<String, StoredValue>> stored;
    private final Map<String, Optional<ApiException>> entryChecks = new HashMap<>();
    private final Map<Integer, Map<String, StoredValue>> storedByYear = new HashMap<>();
    private final Map<String, String> firstRows = new HashMap<>();
    private final List<RowError> errors = new ArrayList<>();
    private final PendingValues pending = new PendingValues();
    private int errorCount;
    private int unchanged;
    private int processed;

    /**
     * @param stored the values held for the actor's region in a year, loaded only for locked years
     */
    ImportValidation(EditionModel model, Actor actor, EntryRules rules, IntFunction<Map<String, StoredValue>> stored) {
        this.model = model;
        this.actor = actor;
        this.rules = rules;
        this.stored = stored;
        model.rows().forEach(r -> shapes.put(r.code(), ValueShape.of(r)));
    }

    /** Adds errors found outside the rows (missing columns, no data sheet). */
    void addAll(List<RowError> found) {
        found.forEach(this::error);
    }

    /** Validates one data row. */
    void accept(DataSheet sheet, Row row) {
        processed++;
        new RowCheck(sheet, row).run();
    }

    List<RowError> errors() {
        return errors;
    }

    int errorCount() {
        return errorCount;
    }

    int unchanged() {
        return unchanged;
    }

    int processed() {
        return processed;
    }

    PendingValues pending() {
        return pending;
    }

    private void error(RowError error) {
        errorCount++;
        if (errors.size() < MAX_KEPT) {
            errors.add(error);
        }
    }

    /** The checks of one row; the fields are what the row says. */
    private final class RowCheck {

        private final DataSheet sheet;
        private final Row row;
        private final int errorsBefore = errorCount;
        private final String source;
        private final String note;
        private final NumberCell number;
        private final FlagCell flag;
        private String regionCode;
        private Integer year;
        private String indicator;
        private String part;
        private EditionModel.Row definition;
        private ValueShape shape;
        private SubmissionState lockedState;

        RowCheck(DataSheet sheet, Row row) {
            this.sheet = sheet;
            this.row = row;
            this.source = Cells.text(row, sheet.index(ExcelColumn.SOURCE));
            this.note = Cells.text(row, sheet.index(ExcelColumn.NOTE));
            this.number = Cells.number(row, sheet.index(ExcelColumn.VALUE));
            this.flag = Cells.flag(row, sheet.index(ExcelColumn.FLAG));
        }

        void run() {
            if (number instanceof Cells.Blank && flag instanceof Cells.Blank) {
                if (source != null || note != null) {
                    fail(ExcelColumn.VALUE, "excel.error.value.missing");
                }
                return;
            }
            readKey();
            checkEntry();
            checkCells();
            checkShape();
            checkTexts();
            checkDuplicate();
            if (errorCount == errorsBefore) {
                checkValue();
            }
            if (errorCount == errorsBefore) {
                take();
            }
        }

        private void readKey() {
            regionCode = Cells.text(row, sheet.index(ExcelColumn.REGION_CODE));
            if (regionCode == null) {
                fail(ExcelColumn.REGION_CODE, "excel.error.required", ExcelColumn.REGION_CODE.header());
            }
            String yearText = Cells.text(row, sheet.index(ExcelColumn.YEAR));
            if (yearText == null) {
                fail(ExcelColumn.YEAR, "excel.error.required", ExcelColumn.YEAR.header());
            } else {
                var matcher = YEAR.matcher(yearText);
                if (matcher.matches()) {
                    year = Integer.parseInt(matcher.group(1));
                } else {
                    fail(ExcelColumn.YEAR, "excel.error.year.format", yearText);
                }
            }
            String code = Cells.text(row, sheet.index(ExcelColumn.INDICATOR_CODE));
            if (code == null) {
                fail(ExcelColumn.INDICATOR_CODE, "excel.error.required", ExcelColumn.INDICATOR_CODE.header());
                return;
            }
            int separator = code.indexOf(ValueShape.PART_SEPARATOR);
            indicator = separator < 0 ? code : code.substring(0, separator).strip();
            part = separator < 0 ? null : code.substring(separator + 1).strip();
            definition = model.byCode().get(indicator);
            if (definition == null) {
                fail(ExcelColumn.INDICATOR_CODE, "excel.error.indicator.unknown", code);
                indicator = null;
                return;
            }
            shape = shapes.get(indicator);
            if (part != null && !shape.parts().containsKey(part)) {
                fail(ExcelColumn.INDICATOR_CODE, "excel.error.indicator.part-unknown", indicator, part);
                indicator = null;
            } else if (part == null && !shape.ownRow()) {
                fail(
                        ExcelColumn.INDICATOR_CODE,
                        "excel.error.indicator.use-parts",
                        indicator,
                        ValueShape.partCode(
                                indicator, shape.parts().keySet().iterator().next()));
                indicator = null;
            }
        }

        /** Scope, subject, year range and lock: the entry form's rules, once per region and year. */
        private void checkEntry() {
            if (regionCode == null || year == null || model.rows().isEmpty()) {
                return;
            }
            Optional<ApiException> broken = entryChecks.computeIfAbsent(regionCode + "/" + year, key -> {
                try {
                    rules.checkEntry(
                            model.edition().code(),
                            regionCode,
                            year,
                            model.rows().getFirst().code(),
                            actor);
                    return Optional.empty();
                } catch (ApiException e) {
                    return Optional.of(e);
                }
            });
            broken.ifPresent(e -> {
                if ("error.indicator.value.locked".equals(e.messageKey())) {
                    lockedState = SubmissionState.valueOf(String.valueOf(e.args()[0]));
                } else {
                    fail(columnOf(e.messageKey()), e.messageKey(), e.args());
                }
            });
            if (broken.isPresent() && lockedState == null) {
                regionCode = null; // no duplicate check against a region the row may not name
            }
        }

        private void checkCells() {
            if (grade()) {
                // a grade is text in 数值; it is checked against the indicator's grades with the entry rules
                if (number instanceof Cells.ErrorValue(String text)) {
                    fail(ExcelColumn.VALUE, "excel.error.cell.error", text);
                }
            } else
                switch (number) {
                    case Cells.NotANumber(String text) -> fail(ExcelColumn.VALUE, "excel.error.number.text", text);
                    case Cells.ErrorValue(String text) -> fail(ExcelColumn.VALUE, "excel.error.cell.error", text);
                    default -> {}
                }
            switch (flag) {
                case Cells.NotANumber(String text) -> fail(ExcelColumn.FLAG, "excel.error.flag.text", text);
                case Cells.ErrorValue(String text) -> fail(ExcelColumn.FLAG, "excel.error.cell.error", text);
                default -> {}
            }
        }

        private void checkShape() {
            if (indicator == null) {
                return;
            }
            boolean hasNumber = !(number instanceof Cells.Blank);
            boolean hasFlag = !(flag instanceof Cells.Blank);
            if (part != null) {
                if (!hasNumber) {
                    fail(ExcelColumn.VALUE, "excel.error.required", ExcelColumn.VALUE.header());
                }
                if (hasFlag) {
                    fail(ExcelColumn.FLAG, "excel.error.flag.not-used");
                }
                return;
            }
            if (shape.flag() == ValueShape.FlagUse.REQUIRED) {
                if (hasNumber) {
                    fail(ExcelColumn.VALUE, "excel.error.number.not-used");
                }
                if (!hasFlag) {
                    fail(ExcelColumn.FLAG, "excel.error.required", ExcelColumn.FLAG.header());
                }
            }
            if (shape.ownNumber() && !hasNumber) {
                fail(ExcelColumn.VALUE, "excel.error.required", ExcelColumn.VALUE.header());
            }
            if (shape.flag() == ValueShape.FlagUse.UNUSED && hasFlag) {
                fail(ExcelColumn.FLAG, "excel.error.flag.not-used");
            }
        }

        private void checkTexts() {
            if (source != null && source.length() > MAX_SOURCE) {
                fail(ExcelColumn.SOURCE, "excel.error.text.too-long", ExcelColumn.SOURCE.header(), MAX_SOURCE);
            }
            if (note != null && note.length() > MAX_NOTE) {
                fail(ExcelColumn.NOTE, "excel.error.text.too-long", ExcelColumn.NOTE.header(), MAX_NOTE);
            }
        }

        private void checkDuplicate() {
            if (regionCode == null || year == null || indicator == null) {
                return;
            }
            String key =
                    regionCode + "/" + year + "/" + (part == null ? indicator : ValueShape.partCode(indicator, part));
            String here = sheet.name() + "\u0000" + row.getRowNum();
            String first = firstRows.putIfAbsent(key, here);
            if (first != null) {
                String firstSheet = first.substring(0, first.indexOf('\u0000'));
                String firstRow = first.substring(first.indexOf('\u0000') + 1);
                if (firstSheet.equals(sheet.name())) {
                    fail(null, "excel.error.duplicate", firstRow);
                } else {
                    fail(null, "excel.error.duplicate.sheet", firstRow, firstSheet);
                }
            }
        }

        /** The value-type rules of the entry form, on what this row would enter. */
        private void checkValue() {
            try {
                rules.checkValue(definition, input());
            } catch (ApiException e) {
                String field = e.fieldErrors().isEmpty()
                        ? null
                        : e.fieldErrors().getFirst().field();
                ExcelColumn column = "flag".equals(field) ? ExcelColumn.FLAG : ExcelColumn.VALUE;
                fail(column, e.messageKey(), e.args());
            }
        }

        private ValueInput input() {
            String partsJson = part == null ? null : "{\"" + part + "\":" + numberValue() + "}";
            return new ValueInput(
                    model.edition().code(),
                    regionCode,
                    year,
                    indicator,
                    part == null ? numberValue() : null,
                    flagValue(),
                    partsJson,
                    gradeValue(),
                    source,
                    note,
                    null,
                    null);
        }

        private void take() {
            if (lockedState != null) {
                Map<String, StoredValue> held = storedByYear.computeIfAbsent(year, stored::apply);
                StoredValue value = held.get(indicator);
                boolean same = value != null
                        && (part == null
                                ? value.sameOwn(numberValue(), flagValue(), gradeValue(), source, note)
                                : value.samePart(part, numberValue(), source, note));
                if (same) {
                    unchanged++;
                } else {
                    fail(
                            null,
                            lockedState == SubmissionState.CONFIRMED
                                    ? "excel.error.locked.confirmed"
                                    : "excel.error.locked.submitted",
                            year);
                }
                return;
            }
            if (part == null) {
                pending.own(year, indicator, numberValue(), flagValue(), gradeValue(), source, note);
            } else {
                pending.part(year, indicator, part, numberValue(), source, note);
            }
        }

        private Double numberValue() {
            return !grade() && number instanceof Cells.Value(BigDecimal n) ? n.doubleValue() : null;
        }

        /** Whether this row is of a GRADE indicator, whose 数值 holds the grade as text. */
        private boolean grade() {
            return definition != null && definition.valueType() == ValueType.GRADE;
        }

        private String gradeValue() {
            if (!grade()) {
                return null;
            }
            return switch (number) {
                case Cells.NotANumber(String text) -> text.strip();
                case Cells.Value(BigDecimal n) -> Cells.plain(n);
                default -> null;
            };
        }

        private Boolean flagValue() {
            return flag instanceof Cells.YesNo(boolean value) ? value : null;
        }

        private void fail(ExcelColumn column, String key, Object... args) {
            error(RowError.of(sheet.name(), row.getRowNum(), column == null ? null : sheet.ref(column), key, args));
        }

        private static ExcelColumn columnOf(String messageKey) {
            return switch (messageKey) {
                case "error.indicator.year.outside" -> ExcelColumn.YEAR;
                case "error.indicator.not-found" -> ExcelColumn.INDICATOR_CODE;
                default -> ExcelColumn.REGION_CODE;
            };
        }
    }
}
