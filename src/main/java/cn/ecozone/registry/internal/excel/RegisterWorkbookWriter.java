package cn.ecozone.registry.internal.excel;

import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.RegisterView;
import cn.ecozone.registry.internal.excel.RegisterColumns.Column;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes a register's import template and its export, with the same columns ({@link
 * RegisterColumns}), so that an export of a register reads back as an import of it.
 */
@Component
public class RegisterWorkbookWriter {

    private final RegisterLabels labels;

    RegisterWorkbookWriter(RegisterLabels labels) {
        this.labels = labels;
    }

    /** The empty template: the headers (required ones marked *) and a sheet 说明 on how to fill them. */
    public void template(RegisterKind kind, int maxRows, OutputStream out) throws IOException {
        List<Column> columns = RegisterColumns.of(kind);
        List<String> headers = columns.stream()
                .map(c -> header(kind, c) + (c.required() ? "*" : ""))
                .toList();
        List<String> about = new ArrayList<>();
        about.add(labels.kind(kind) + " 导入模板：第一行为表头，从第二行起每行一条记录；带 * 的列必填。");
        about.add("全部行校验通过才会保存；任何一行有错，一条也不保存，并列出所有错误（行、列、原因）。每次最多 " + maxRows + " 行。");
        about.add("行政区划代码：12 位以内的区划代码，须在您的管辖范围内。日期：2025-03-01 或 2025/3/1。是否类：是 / 否。");
        for (Column c : columns) {
            if (c.type() == RegisterColumns.Type.CODE) {
                about.add(header(kind, c) + "："
                        + c.codes().stream()
                                .map(code -> labels.code(c.labelPrefix(), code))
                                .collect(Collectors.joining("、")));
            }
            if (c.type() == RegisterColumns.Type.TASKS) {
                about.add(header(kind, c) + "：每行一项，格式为“计划完成日期 [实际完成日期] 任务内容”，如 2025-06-30 完成渗滤液收集池防渗改造。");
            }
        }
        ListWorkbook.write(labels.kind(kind), headers, List.<RegisterView>of(), r -> List.of(), about, out);
    }

    /** The records as the kind's workbook, with their state and who entered them. */
    public void export(
            RegisterKind kind, List<RegisterView> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        List<Column> columns = RegisterColumns.of(kind);
        List<String> headers =
                new ArrayList<>(columns.stream().map(c -> header(kind, c)).toList());
        headers.addAll(List.of("行政区划名称", "状态", "登记人", "登记单位"));
        ListWorkbook.write(
                labels.kind(kind),
                headers,
                rows,
                r -> {
                    List<Object> cells = new ArrayList<>();
                    columns.forEach(c -> cells.add(cell(c, r)));
                    cells.add(r.regionName());
                    cells.add(labels.code("registry.state.", r.state().name()));
                    cells.add(r.enteredBy());
                    cells.add(r.enteredOrg());
                    return cells;
                },
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        ListWorkbook.count("记录数", "条", rows.size(), total)),
                out);
    }

    private String header(RegisterKind kind, Column c) {
        return labels.header(kind, c.field());
    }

    private Object cell(Column c, RegisterView r) {
        Object value = switch (c.field()) {
            case "regionCode" -> r.regionCode();
            case "category" -> r.category();
            case "occurredOn" -> r.occurredOn();
            case "year" -> r.year();
            case "level" -> r.level();
            case "major" -> r.major();
            case "completed" -> r.completed();
            case "dueOn" -> r.dueOn();
            case "closedOn" -> r.closedOn();
            case "completedOn" -> r.completedOn();
            case "imposedBy" -> r.imposedBy();
            case "summary" -> r.summary();
            case "sourceNumber" -> r.sourceNumber();
            case "sourceDate" -> r.sourceDate();
            case "sourceIssuer" -> r.sourceIssuer();
            case "tasks" -> r.tasks();
            default -> null;
        };
        return switch (value) {
            case null -> null;
            case LocalDate d -> d.toString();
            case Boolean b -> b ? "是" : "否";
            case Integer i -> i;
            case List<?> tasks ->
                tasks.isEmpty()
                        ? null
                        : tasks.stream()
                                .map(t -> (RegisterInput.Task) t)
                                .map(t -> t.plannedOn() + (t.completedOn() == null ? "" : " " + t.completedOn()) + " "
                                        + t.description())
                                .collect(Collectors.joining("\n"));
            case String s when c.type() == RegisterColumns.Type.CODE -> labels.code(c.labelPrefix(), s);
            default -> value.toString();
        };
    }
}
