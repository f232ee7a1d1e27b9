package cn.ecozone.registry.internal.excel;

import cn.ecozone.registry.EcoQualityGrade;
import cn.ecozone.registry.RegisterKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of each register's workbook (template, import and export), in order: the region, the
 * kind's own fields, then the summary and the source document. Headers are the fields' Chinese labels
 * (messages {@code registry.field.<KIND>.<field>}), so the form, the template and the errors use the
 * same words.
 */
public final class RegisterColumns {

    /** How a cell is read. */
    public enum Type {
        TEXT,
        DATE,
        YEAR,
        FLAG,
        /** One of a list of codes, written as its Chinese label or as the code. */
        CODE,
        /** Rectification tasks, one per line: "planned-date [completed-date] description". */
        TASKS
    }

    /**
     * One column.
     *
     * @param codes for {@link Type#CODE}: the codes and the message prefix of their labels
     */
    public record Column(String field, Type type, boolean required, List<String> codes, String labelPrefix) {

        static Column of(String field, Type type, boolean required) {
            return new Column(field, type, required, List.of(), null);
        }

        static Column codes(String field, List<String> codes, String labelPrefix) {
            return new Column(field, Type.CODE, true, codes, labelPrefix);
        }
    }

    private RegisterColumns() {}

    /** The columns of the kind's workbook. */
    public static List<Column> of(RegisterKind kind) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("regionCode", Type.TEXT, true));
        if (!kind.categories().isEmpty()) {
            columns.add(Column.codes("category", kind.categories(), "registry.category."));
        }
        switch (kind) {
            case INSPECTION_FINDING -> {
                columns.add(Column.of("occurredOn", Type.DATE, true));
                columns.add(Column.of("major", Type.FLAG, true));
                columns.add(Column.of("tasks", Type.TASKS, false));
                columns.add(Column.of("completedOn", Type.DATE, false));
            }
            case INCIDENT -> {
                columns.add(Column.of("occurredOn", Type.DATE, true));
                columns.add(Column.codes(
                        "level", List.of("GENERAL", "LARGER", "MAJOR", "ESPECIALLY_MAJOR"), "registry.level."));
            }
            case SANCTION -> {
                columns.add(Column.of("occurredOn", Type.DATE, true));
                columns.add(Column.of("imposedBy", Type.TEXT, true));
                columns.add(Column.codes(
                        "level", List.of("MINISTRY", "NATIONAL", "PROVINCE", "PREFECTURE"), "registry.body."));
                columns.add(Column.of("major", Type.FLAG, true));
            }
            case FOREST_CASE -> {
                columns.add(Column.of("occurredOn", Type.DATE, true));
                columns.add(Column.of("tasks", Type.TASKS, false));
                columns.add(Column.of("completedOn", Type.DATE, false));
            }
            case PETITION -> {
                columns.add(Column.of("occurredOn", Type.DATE, true));
                columns.add(Column.of("dueOn", Type.DATE, true));
                columns.add(Column.of("closedOn", Type.DATE, false));
            }
            case KEY_TASK -> {
                columns.add(Column.of("year", Type.YEAR, true));
                columns.add(Column.of("completed", Type.FLAG, true));
                columns.add(Column.of("occurredOn", Type.DATE, false));
            }
            case ECO_QUALITY -> {
                columns.add(Column.of("year", Type.YEAR, true));
                columns.add(Column.codes(
                        "level",
                        Arrays.stream(EcoQualityGrade.values()).map(Enum::name).toList(),
                        "registry.grade."));
                columns.add(Column.of("occurredOn", Type.DATE, false));
            }
            case DATA_FALSIFICATION -> {
                columns.add(Column.of("occurredOn", Type.DATE, true));
                columns.add(Column.of("imposedBy", Type.TEXT, false));
            }
        }
        columns.add(Column.of("summary", Type.TEXT, true));
        columns.add(Column.of("sourceNumber", Type.TEXT, true));
        columns.add(Column.of("sourceDate", Type.DATE, true));
        columns.add(Column.of("sourceIssuer", Type.TEXT, true));
        return columns;
    }
}
