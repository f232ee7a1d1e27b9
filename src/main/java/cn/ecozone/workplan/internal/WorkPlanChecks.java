package cn.ecozone.workplan.internal;

import cn.ecozone.shared.ApiException;
import cn.ecozone.workplan.WorkPlanRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks and trims an annual work plan's text and rows; every failure is a 400 naming the field. */
public final class WorkPlanChecks {

    static final int MAX_ROWS = 200;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private WorkPlanChecks() {}

    /** Filing needs the document (422) and a title (400). */
    public static void fileable(String title, Long documentId) {
        if (documentId == null) {
            throw ApiException.unprocessable("document-missing", "document", "error.workplan.document-missing");
        }
        if (title == null || title.isBlank()) {
            throw ApiException.invalid("title", "validation.required");
        }
    }

    public static String title(String title) {
        String t = text(title, "title", 200);
        if (t == null) {
            throw ApiException.invalid("title", "validation.required");
        }
        return t;
    }

    public static String summary(String summary) {
        return text(summary, "summary", 4000);
    }

    public static int year(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw ApiException.invalid("year", "error.workplan.year", 2000, 2100);
        }
        return year;
    }

    public static List<WorkPlanRows.Task> tasks(List<WorkPlanRows.Task> rows, int year) {
        List<WorkPlanRows.Task> out = new ArrayList<>();
        for (int i = 0; i < size(rows, "tasks"); i++) {
            WorkPlanRows.Task t = rows.get(i);
            String f = "tasks[" + i + "].";
            String task = text(t.task(), f + "task", 500);
            if (task == null) {
                throw ApiException.invalid(f + "task", "validation.required");
            }
            if (t.quarter() != null && (t.quarter() < 1 || t.quarter() > 4)) {
                throw ApiException.invalid(f + "quarter", "error.workplan.quarter");
            }
            LocalDate due = t.dueOn();
            if (due != null && due.getYear() != year) {
                throw ApiException.invalid(f + "dueOn", "error.workplan.due-outside-year", year);
            }
            out.add(new WorkPlanRows.Task(
                    task,
                    text(t.responsibleUnit(), f + "responsibleUnit", 200),
                    t.quarter(),
                    due,
                    t.status() == null ? WorkPlanRows.TaskStatus.NOT_STARTED : t.status()));
        }
        return out;
    }

    /** Project rows with free text checked; references to the library are resolved by the caller. */
    public static List<WorkPlanRows.Project> projects(List<WorkPlanRows.Project> rows) {
        List<WorkPlanRows.Project> out = new ArrayList<>();
        for (int i = 0; i < size(rows, "projects"); i++) {
            WorkPlanRows.Project p = rows.get(i);
            String f = "projects[" + i + "].";
            String name = text(p.name(), f + "name", 200);
            if (name == null && p.keyProjectId() == null) {
                throw ApiException.invalid(f + "name", "validation.required");
            }
            amount(p.plannedInvestment(), f + "plannedInvestment");
            out.add(new WorkPlanRows.Project(
                    p.keyProjectId(), name, p.plannedInvestment(), text(p.note(), f + "note", 500)));
        }
        return out;
    }

    public static List<WorkPlanRows.Fund> funds(List<WorkPlanRows.Fund> rows) {
        List<WorkPlanRows.Fund> out = new ArrayList<>();
        for (int i = 0; i < size(rows, "funds"); i++) {
            WorkPlanRows.Fund r = rows.get(i);
            String f = "funds[" + i + "].";
            String item = text(r.item(), f + "item", 200);
            if (item == null) {
                throw ApiException.invalid(f + "item", "validation.required");
            }
            if (r.amount() == null) {
                throw ApiException.invalid(f + "amount", "validation.required");
            }
            amount(r.amount(), f + "amount");
            out.add(new WorkPlanRows.Fund(item, r.amount(), text(r.source(), f + "source", 100)));
        }
        return out;
    }

    private static int size(List<?> rows, String field) {
        int n = rows == null ? 0 : rows.size();
        if (n > MAX_ROWS) {
            throw ApiException.invalid(field, "error.workplan.too-many-rows", MAX_ROWS);
        }
        if (rows != null && rows.contains(null)) {
            throw ApiException.invalid(field, "validation.required");
        }
        return n;
    }

    private static void amount(BigDecimal amount, String field) {
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2)) {
            throw ApiException.invalid(field, "error.workplan.amount");
        }
    }

    private static String text(String s, String field, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            throw ApiException.invalid(field, "error.workplan.too-long", max);
        }
        return t;
    }
}
