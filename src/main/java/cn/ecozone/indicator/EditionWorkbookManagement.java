package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionChecks;
import cn.ecozone.indicator.internal.excel.EditionWorkbookReader;
import cn.ecozone.indicator.internal.excel.EditionWorkbookWriter;
import cn.ecozone.indicator.internal.excel.UploadedWorkbooks;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.ApiException.FieldError;
import cn.ecozone.shared.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Editions as workbooks: the blank template, any readable edition written out, and a filled
 * workbook imported as a new draft. The import checks the file by content, reads every cell, runs
 * the editor's checks on the result and reports every problem at once with sheet, row and column;
 * it saves nothing unless all of it is sound.
 */
@Service
public class EditionWorkbookManagement {

    private final EditionManagement editions;
    private final UploadedWorkbooks uploads;
    private final EditionWorkbookReader reader;
    private final EditionWorkbookWriter writer;

    EditionWorkbookManagement(
            EditionManagement editions,
            UploadedWorkbooks uploads,
            EditionWorkbookReader reader,
            EditionWorkbookWriter writer) {
        this.editions = editions;
        this.uploads = uploads;
        this.reader = reader;
        this.writer = writer;
    }

    /** Writes the edition (a draft only for its owner), or the blank template when {@code code} is null. */
    public void write(String code, Actor actor, OutputStream out) {
        EditionView edition = code == null ? null : editions.detail(code, actor);
        try {
            writer.write(edition, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports a filled workbook as a new draft of the actor's province.
     *
     * @throws ApiException 415 for anything but .xlsx, 413 above the size limit, 400 listing every
     *     problem with its sheet, row and column, 409 when the edition code is taken
     */
    public EditionView importWorkbook(InputStream content, Actor actor) {
        if (actor.role() != Role.PROVINCE_STAFF) {
            throw ApiException.forbidden("error.indicator.edition.not-editor");
        }
        UploadedWorkbooks.Stored stored = uploads.store(content);
        try {
            EditionWorkbookReader.Parsed parsed = reader.read(stored.file());
            List<FieldError> errors = new ArrayList<>(parsed.errors());
            if (parsed.header() != null) {
                Set<String> reported = new HashSet<>();
                errors.forEach(e -> reported.add(e.field()));
                for (FieldError e : editions.check(parsed.header(), parsed.indicators())) {
                    FieldError located = EditionWorkbookReader.locate(e, parsed.rows());
                    if (reported.add(located.field())) {
                        errors.add(located);
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw EditionChecks.invalid(errors);
            }
            return editions.createWith(parsed.header(), parsed.indicators(), actor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stored.delete();
        }
    }
}
