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
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Editions as workbooks: the blank template, any readable edition written out, and a filled
 * workbook imported as a new draft. The import checks the file by content, reads every cell, runs
 * the editor's checks on the result and reports every problem at once with sheet, row and column;
 * it saves nothing unless all of it is sound.
 *
 * <p>Memory is bounded: an edition workbook is read with POI's object model, whose heap grows with
 * the sheet XML, so its parts may inflate to at most {@code ecozone.indicator.edition.max-unzipped-size}
 * (counted while inflating; an edition has at most 1,000 indicators, a few MB of XML), and one
 * edition workbook is read at a time on an instance (another upload meanwhile gets 503). With both,
 * any upload under the size limit is handled within the heap measured in {@code bench/uploads}.
 */
@Service
public class EditionWorkbookManagement {

    private final EditionManagement editions;
    private final UploadedWorkbooks uploads;
    private final EditionWorkbookReader reader;
    private final EditionWorkbookWriter writer;
    private final long maxUnzipped;
    private final Semaphore reading = new Semaphore(1);

    EditionWorkbookManagement(
            EditionManagement editions,
            UploadedWorkbooks uploads,
            EditionWorkbookReader reader,
            EditionWorkbookWriter writer,
            @Value("${ecozone.indicator.edition.max-unzipped-size:8MB}") DataSize maxUnzipped) {
        this.maxUnzipped = maxUnzipped.toBytes();
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
     * @throws ApiException 415 for anything but .xlsx, 413 above the size limit, 422 when its parts
     *     inflate beyond the edition limit, 503 while another edition workbook is being read, 400
     *     listing every problem with its sheet, row and column, 409 when the edition code is taken
     */
    public EditionView importWorkbook(InputStream content, Actor actor) {
        if (actor.role() != Role.PROVINCE_STAFF) {
            throw ApiException.forbidden("error.indicator.edition.not-editor");
        }
        if (!reading.tryAcquire()) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "busy", "error.indicator.excel.busy", null, null);
        }
        try {
            return importChecked(content, actor);
        } finally {
            reading.release();
        }
    }

    private EditionView importChecked(InputStream content, Actor actor) {
        UploadedWorkbooks.Stored stored = uploads.store(content, maxUnzipped);
        try {
            EditionWorkbookReader.Parsed parsed = reader.read(stored.file());
            List<FieldError> errors = new ArrayList<>(parsed.errors());
            if (parsed.header() != null) {
                Set<String> reported = new HashSet<>();
                errors.forEach(e -> reported.add(e.field()));
                for (FieldError e : editions.check(parsed.header(), parsed.indicators(), actor)) {
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
