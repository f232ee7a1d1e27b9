package cn.ecozone.registry.internal.excel;

import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.internal.excel.RegisterColumns.Column;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet of a register workbook, streamed with fastexcel-reader: the header row names
 * the columns ({@link RegisterColumns}, in any order), every row below with content becomes an input;
 * a cell that cannot be read (a date that is no date, 是/否 that is neither, an unknown code) is a
 * problem of its row and column. Reads at most {@code maxRows} data rows.
 */
public final class ImportRows {

    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.年](\\d{1,2})[/.月](\\d{1,2})日?");
    private static final Pattern TASK =
            Pattern.compile("^(\\S+)\\s+(?:(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?)\\s+)?(.+)$");

    /** A cell's problem: the row number as Excel shows it, the column's header, the message. */
    public record CellProblem(int row, String column, String field, String messageKey, Object[] args) {}

    /** A data row: its number as Excel shows it and what it holds. */
    public record ParsedRow(int row, RegisterInput input) {}

    /** What the sheet held. */
    public record Read(List<ParsedRow> rows, List<CellProblem> problems, Map<String, String> headers) {}

    private ImportRows() {}

    /**
     * @param labels for the headers and codes
     * @throws TooManyRows above {@code maxRows}
     */
    public static Read read(Path file, RegisterKind kind, RegisterLabels labels, int maxRows) throws IOException {
        List<Column> columns = RegisterColumns.of(kind);
        Map<String, String> headers = new HashMap<>();
        columns.forEach(c -> headers.put(c.field(), labels.header(kind, c.field())));
        List<ParsedRow> rows = new ArrayList<>();
        List<CellProblem> problems = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> stream = first(workbook).openStream()) {
            Iterator<Row> it = stream.iterator();
            if (!it.hasNext()) {
                problems.add(new CellProblem(1, "", "file", "error.registry.import.no-header", new Object[0]));
                return new Read(rows, problems, headers);
            }
            Row header = it.next();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.getCellCount(); i++) {
                String text = text(header, i);
                if (text != null) {
                    index.putIfAbsent(text.replace("*", "").strip(), i);
                }
            }
            for (Column c : columns) {
                if (c.required() && !index.containsKey(headers.get(c.field()))) {
                    problems.add(new CellProblem(
                            header.getRowNum(),
                            headers.get(c.field()),
                            c.field(),
                            "error.registry.import.column-missing",
                            new Object[] {headers.get(c.field())}));
                }
            }
            if (!problems.isEmpty()) {
                return new Read(rows, problems, headers);
            }
            while (it.hasNext()) {
                Row row = it.next();
                Map<String, Object> values = new HashMap<>();
                boolean content = false;
                for (Column c : columns) {
                    Integer i = index.get(headers.get(c.field()));
                    if (i == null || text(row, i) == null) {
                        continue;
                    }
                    content = true;
                    Object value = value(c, row, i, labels, headers, problems);
                    if (value != null) {
                        values.put(c.field(), value);
                    }
                }
                if (!content) {
                    continue;
                }
                if (rows.size() >= maxRows) {
                    throw new TooManyRows(maxRows);
                }
                rows.add(new ParsedRow(row.getRowNum(), input(kind, values)));
            }
        }
        return new Read(rows, problems, headers);
    }

    /** More data rows than one import takes. */
    public static final class TooManyRows extends RuntimeException {
        private final int max;

        TooManyRows(int max) {
            super("more than " + max + " rows", null, false, false);
            this.max = max;
        }

        public int max() {
            return max;
        }
    }

    private static Sheet first(ReadableWorkbook workbook) {
        return workbook.getFirstSheet();
    }

    @SuppressWarnings("unchecked")
    private static RegisterInput input(RegisterKind kind, Map<String, Object> v) {
        return new RegisterInput(
                kind,
                (String) v.get("regionCode"),
                (String) v.get("category"),
                (LocalDate) v.get("occurredOn"),
                (Integer) v.get("year"),
                (String) v.get("level"),
                (Boolean) v.get("major"),
                (Boolean) v.get("completed"),
                (LocalDate) v.get("dueOn"),
                (LocalDate) v.get("closedOn"),
                (LocalDate) v.get("completedOn"),
                (String) v.get("imposedBy"),
                (String) v.get("summary"),
                (String) v.get("sourceNumber"),
                (LocalDate) v.get("sourceDate"),
                (String) v.get("sourceIssuer"),
                (List<RegisterInput.Task>) v.getOrDefault("tasks", List.of()));
    }

    private static Object value(
            Column c, Row row, int i, RegisterLabels labels, Map<String, String> headers, List<CellProblem> problems) {
        String text = text(row, i);
        String header = headers.get(c.field());
        int r = row.getRowNum();
        return switch (c.type()) {
            case TEXT -> text;
            case DATE -> {
                LocalDate d = date(row.getCell(i), text);
                if (d == null) {
                    problems.add(
                            new CellProblem(r, header, c.field(), "error.registry.import.date", new Object[] {text}));
                }
                yield d;
            }
            case YEAR -> {
                try {
                    yield new BigDecimal(text).intValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    problems.add(
                            new CellProblem(r, header, c.field(), "error.registry.import.year", new Object[] {text}));
                    yield null;
                }
            }
            case FLAG ->
                switch (text.toUpperCase(Locale.ROOT)) {
                    case "是", "TRUE", "Y" -> Boolean.TRUE;
                    case "否", "FALSE", "N" -> Boolean.FALSE;
                    default -> {
                        problems.add(new CellProblem(
                                r, header, c.field(), "error.registry.import.flag", new Object[] {text}));
                        yield null;
                    }
                };
            case CODE -> {
                for (String code : c.codes()) {
                    if (code.equalsIgnoreCase(text) || text.equals(labels.code(c.labelPrefix(), code))) {
                        yield code;
                    }
                }
                List<String> allowed = c.codes().stream()
                        .map(code -> labels.code(c.labelPrefix(), code))
                        .toList();
                problems.add(new CellProblem(r, header, c.field(), "error.registry.import.code", new Object[] {
                    text, String.join("、", allowed)
                }));
                yield null;
            }
            case TASKS -> {
                List<RegisterInput.Task> tasks = new ArrayList<>();
                for (String line : text.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Matcher m = TASK.matcher(line.strip());
                    LocalDate planned = m.matches() ? date(null, m.group(1)) : null;
                    LocalDate done = m.matches() && m.group(2) != null ? date(null, m.group(2)) : null;
                    if (planned == null || m.group(2) != null && done == null) {
                        problems.add(new CellProblem(
                                r, header, c.field(), "error.registry.import.task", new Object[] {line.strip()}));
                        continue;
                    }
                    tasks.add(new RegisterInput.Task(m.group(3).strip(), planned, done));
                }
                yield tasks;
            }
        };
    }

    /** A date cell (an Excel serial number) or text 2025-03-01, 2025/3/1 or 2025年3月1日; null when neither. */
    static LocalDate date(Cell cell, String text) {
        if (cell != null && cell.getType() == CellType.NUMBER) {
            BigDecimal serial = cell.asNumber();
            if (serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(2_958_465)) < 0) {
                return LocalDate.of(1899, 12, 30).plusDays(serial.longValue());
            }
            return null;
        }
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            Matcher m = SLASHED.matcher(text.strip());
            if (m.matches()) {
                try {
                    return LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException invalid) {
                    return null;
                }
            }
            return null;
        }
    }

    /** The cell's text, trimmed; numbers as written; null when blank. */
    static String text(Row row, int index) {
        if (index >= row.getCellCount()) {
            return null;
        }
        Cell cell = row.getCell(index);
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            default -> cell.getRawValue();
        };
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
