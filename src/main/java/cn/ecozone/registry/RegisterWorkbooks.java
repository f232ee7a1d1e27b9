package cn.ecozone.registry;

import cn.ecozone.document.Upload;
import cn.ecozone.registry.internal.RecordTasks;
import cn.ecozone.registry.internal.RecordValues;
import cn.ecozone.registry.internal.excel.ImportRows;
import cn.ecozone.registry.internal.excel.RegisterColumns;
import cn.ecozone.registry.internal.excel.RegisterLabels;
import cn.ecozone.registry.internal.excel.RegisterWorkbookWriter;
import cn.ecozone.registry.internal.excel.UploadedWorkbook;
import cn.ecozone.registry.internal.kinds.Checks;
import cn.ecozone.registry.internal.kinds.RegisterRules;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers' workbooks: the import template, the import (every row checked, every error listed at
 * once with its row and column, nothing saved on any error, all rows saved in one transaction on
 * success) and the export of a filtered list.
 */
@Service
public class RegisterWorkbooks {

    /** The most data rows one import takes. */
    public static final int MAX_ROWS = 2_000;

    /** The most rows one export writes. */
    public static final int EXPORT_LIMIT = 10_000;

    private final RegisterManagement registers;
    private final UploadedWorkbook uploads;
    private final RegisterLabels labels;
    private final RegisterWorkbookWriter writer;
    private final RecordTasks tasks;
    private final Clock clock;

    RegisterWorkbooks(
            RegisterManagement registers,
            UploadedWorkbook uploads,
            RegisterLabels labels,
            RegisterWorkbookWriter writer,
            RecordTasks tasks,
            Clock clock) {
        this.registers = registers;
        this.uploads = uploads;
        this.labels = labels;
        this.writer = writer;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The kind's empty template. */
    public void template(RegisterKind kind, OutputStream out) throws IOException {
        writer.template(kind, MAX_ROWS, out);
    }

    /** The kind's records matching the filter, at most {@link #EXPORT_LIMIT}, with their tasks. */
    @Transactional(readOnly = true)
    public void export(RegisterFilter filter, Actor actor, OutputStream out) throws IOException {
        PageResult<RegisterView> page = registers.exportRows(filter, EXPORT_LIMIT, actor);
        Map<Long, List<RegisterInput.Task>> byRecord =
                tasks.of(page.content().stream().map(RegisterView::id).toList());
        List<RegisterView> rows = page.content().stream()
                .map(r -> withTasks(r, byRecord.getOrDefault(r.id(), List.of())))
                .toList();
        writer.export(filter.kind(), rows, page.totalElements(), clock.instant(), actor.displayName(), out);
    }

    /**
     * Imports the kind's workbook for the actor: the file is taken streamed and checked by content,
     * every row is checked as a form entry would be; on any error nothing is saved and every error is
     * listed (422, {@code errors}: field {@code row<N>.<field>}, a message naming row and column).
     * Preconditions: no transaction is open.
     *
     * @return the number of records saved
     */
    @Transactional(propagation = Propagation.NEVER)
    public int importWorkbook(RegisterKind kind, Upload upload, Actor actor) {
        if (actor.role() != Role.PROVINCE_STAFF && actor.role() != Role.PREFECTURE_STAFF) {
            throw new RegisterFacts.NotTheKeeper(label("registry.action.ENTER"));
        }
        Path file = uploads.take(upload);
        try {
            ImportRows.Read read;
            try {
                read = ImportRows.read(file, kind, labels, MAX_ROWS);
            } catch (ImportRows.TooManyRows e) {
                throw ApiException.invalid("file", "error.registry.import.too-many-rows", e.max());
            } catch (IOException | RuntimeException e) {
                throw new ApiException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-file",
                        "error.registry.import.not-xlsx",
                        null,
                        null);
            }
            List<ApiException.FieldError> errors = new ArrayList<>();
            read.problems().forEach(p -> errors.add(error(p.row(), p.column(), p.field(), p.messageKey(), p.args())));
            if (read.rows().isEmpty() && errors.isEmpty()) {
                throw ApiException.invalid("file", "error.registry.import.no-rows");
            }
            List<RecordValues> values = new ArrayList<>();
            for (ImportRows.ParsedRow row : read.rows()) {
                int row0 = row.row();
                boolean cellProblem = read.problems().stream().anyMatch(p -> p.row() == row0);
                RegisterRules.Checked checked = registers.check(row.input(), actor);
                for (Checks.Problem p : checked.problems()) {
                    String field = p.field().replaceAll("\\[\\d+].*", "");
                    if (cellProblem
                            && read.problems().stream()
                                    .anyMatch(c -> c.row() == row0 && c.field().equals(field))) {
                        continue; // the cell's own problem says it already
                    }
                    errors.add(error(row0, read.headers().getOrDefault(field, field), field, p.messageKey(), p.args()));
                }
                values.add(checked.values());
            }
            if (!errors.isEmpty()) {
                throw new ApiException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "import-invalid",
                        "error.registry.import.invalid",
                        new Object[] {errors.size()},
                        errors);
            }
            return registers.createAll(values, actor);
        } finally {
            UploadedWorkbook.delete(file);
        }
    }

    /** The kind's columns' headers, for the UI. */
    public List<String> headers(RegisterKind kind) {
        return RegisterColumns.of(kind).stream()
                .map(c -> labels.header(kind, c.field()))
                .toList();
    }

    private static ApiException.FieldError error(int row, String column, String field, String key, Object[] args) {
        return new ApiException.FieldError("row" + row + "." + field, "error.registry.import.cell", new Object[] {
            row, column, new DefaultMessageSourceResolvable(new String[] {key}, args, key)
        });
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    private static RegisterView withTasks(RegisterView r, List<RegisterInput.Task> t) {
        return new RegisterView(
                r.id(),
                r.kind(),
                r.regionCode(),
                r.regionName(),
                r.category(),
                r.occurredOn(),
                r.year(),
                r.level(),
                r.major(),
                r.completed(),
                r.dueOn(),
                r.closedOn(),
                r.completedOn(),
                r.imposedBy(),
                r.summary(),
                r.sourceNumber(),
                r.sourceDate(),
                r.sourceIssuer(),
                r.state(),
                r.enteredBy(),
                r.enteredOrg(),
                r.confirmedBy(),
                r.confirmedAt(),
                r.rejectReason(),
                r.createdAt(),
                r.updatedAt(),
                r.version(),
                r.allowedActions(),
                t,
                r.attachments(),
                r.history());
    }
}
