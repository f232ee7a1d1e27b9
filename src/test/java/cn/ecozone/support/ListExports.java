package cn.ecozone.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.AbstractStringAssert;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps every list-filter test repeats for a list's Excel export (issue 14 §5): download it as a
 * user, read its sheet as text rows (the header apart) and its sheet 说明, and check that the export
 * left exactly one audit record of that user with the filters it was asked with.
 */
public final class ListExports {

    private static final DataFormatter CELLS = new DataFormatter();

    private ListExports() {}

    /**
     * An exported list as text.
     *
     * @param header the first row of the list's sheet
     * @param rows the rows below it, each cell as Excel shows it (an empty cell is {@code ""})
     * @param about the first column of the sheet 说明 (empty when the workbook has none)
     */
    public record Exported(List<String> header, List<List<String>> rows, List<String> about) {

        /** The {@code index}th column of every row, top down. */
        public List<String> column(int index) {
            return rows.stream().map(r -> index < r.size() ? r.get(index) : "").toList();
        }

        /** The column headed {@code name}, top down; fails when the sheet has no such column. */
        public List<String> column(String name) {
            int index = header.indexOf(name);
            assertThat(index).as("a column headed " + name + " in " + header).isNotNegative();
            return column(index);
        }
    }

    /**
     * Downloads {@code url} as {@code who} (200 expected, see {@link Browser#download}) and reads the
     * sheet named {@code sheet}, which must exist.
     */
    public static Exported download(Browser who, String url, String sheet) {
        return read(who.download(url), sheet);
    }

    /** Reads the sheet named {@code sheet} (which must exist) and the sheet 说明 of a workbook. */
    public static Exported read(byte[] xlsx, String sheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet list = workbook.getSheet(sheet);
            assertThat(list).as("a sheet named " + sheet).isNotNull();
            List<List<String>> lines = lines(list);
            Sheet notes = workbook.getSheet("说明");
            List<String> about = notes == null
                    ? List.of()
                    : lines(notes).stream()
                            .map(l -> l.isEmpty() ? "" : l.get(0))
                            .toList();
            return new Exported(
                    lines.isEmpty() ? List.of() : lines.get(0),
                    lines.size() < 2 ? List.of() : lines.subList(1, lines.size()),
                    about);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one audit record of {@code username}'s export of {@code target} (e.g. {@code Opinion:export}),
     * as an assertion on its reason, which names each of {@code filters} ({@code name=value}).
     */
    public static AbstractStringAssert<?> audited(
            JdbcTemplate jdbc, String username, String target, String... filters) {
        AbstractStringAssert<?> reason = assertThat(jdbc.queryForList(
                        "select reason from audit_record where username = ? and target = ?",
                        String.class,
                        username,
                        target))
                .as(target + " recorded once for " + username)
                .singleElement()
                .asString();
        return filters.length == 0 ? reason : reason.contains(filters);
    }

    private static List<List<String>> lines(Sheet sheet) {
        List<List<String>> lines = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : CELLS.formatCellValue(cell));
                }
            }
            lines.add(cells);
        }
        return lines;
    }
}
