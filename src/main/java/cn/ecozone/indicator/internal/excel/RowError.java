package cn.ecozone.indicator.internal.excel;

import java.util.List;

/**
 * One problem found in an uploaded workbook.
 *
 * @param sheet the sheet's name, or null for the workbook as a whole
 * @param row the 1-based row number as Excel shows it, or null
 * @param column the column, or null when the whole row is meant
 * @param messageKey the reason, a key of {@code messages.properties}
 * @param args the reason's arguments, as text
 */
public record RowError(String sheet, Integer row, ExcelColumn.Ref column, String messageKey, List<String> args) {

    public RowError {
        args = List.copyOf(args);
    }

    public static RowError of(String sheet, Integer row, ExcelColumn.Ref column, String key, Object... args) {
        return new RowError(
                sheet,
                row,
                column,
                key,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
