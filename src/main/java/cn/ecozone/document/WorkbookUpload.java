package cn.ecozone.document;

import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.ZipInflation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * Takes an uploaded Excel workbook (.xlsx) into a private working file, streamed and size-limited, and
 * checks it by content, never by name: a ZIP whose parts make an OOXML spreadsheet, none inflating beyond
 * reason ({@link ZipInflation}). What the registry's and the expert pool's imports share; each names its
 * own folder, limit and message keys. The caller deletes the file when done ({@link #delete}).
 */
public final class WorkbookUpload {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    private WorkbookUpload() {}

    /**
     * Where and how an import takes its workbooks.
     *
     * @param directory the module's own working folder (created if missing)
     * @param filePrefix the working file's name prefix
     * @param maxBytes the largest upload accepted
     * @param keyPrefix the refusals' message keys are this followed by {@code empty}, {@code too-large},
     *     {@code unsafe} and {@code not-xlsx}
     */
    public record Terms(Path directory, String filePrefix, long maxBytes, String keyPrefix) {}

    /**
     * The checked workbook's working file.
     *
     * @throws ApiException 400 empty, 413 above the limit, 415 not an .xlsx (whatever its name), 422 a
     *     ZIP that inflates too far; no working file is left behind
     */
    public static Path take(Upload upload, Terms terms) {
        Path file = null;
        try {
            Files.createDirectories(terms.directory());
            file = Files.createTempFile(terms.directory(), terms.filePrefix(), ".xlsx");
            if (copy(upload, file, terms) == 0) {
                throw ApiException.invalid("file", terms.keyPrefix() + "empty");
            }
            check(file, terms);
            Path taken = file;
            file = null;
            return taken;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                delete(file);
            }
        }
    }

    /** Removes a working file. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over file in the module's own work folder, swept at start-up
        }
    }

    private static long copy(Upload upload, Path target, Terms terms) throws IOException {
        InputStream in = upload.stream();
        if (in == null) {
            upload.transferTo(target);
            long size = Files.size(target);
            if (size > terms.maxBytes()) {
                throw tooLarge(terms);
            }
            return size;
        }
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > terms.maxBytes()) {
                    throw tooLarge(terms);
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    private static ApiException tooLarge(Terms terms) {
        Object[] args = {terms.maxBytes() / (1024 * 1024)};
        String key = terms.keyPrefix() + "too-large";
        return new ApiException(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                key,
                args,
                List.of(new ApiException.FieldError("file", key, args)));
    }

    private static void check(Path file, Terms terms) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4 || !Arrays.equals(head, ZIP)) {
                throw notXlsx(terms);
            }
        }
        Set<String> names;
        try {
            names = ZipInflation.check(file, new ZipInflation.Limits(64L * 1024 * 1024, 200, 2_000));
        } catch (ZipInflation.LimitExceeded e) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT, "unsafe-file", terms.keyPrefix() + "unsafe", null, null);
        } catch (IOException e) {
            throw notXlsx(terms);
        }
        if (!names.contains("[Content_Types].xml") || !names.contains("xl/workbook.xml")) {
            throw notXlsx(terms);
        }
    }

    private static ApiException notXlsx(Terms terms) {
        String key = terms.keyPrefix() + "not-xlsx";
        return new ApiException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-file",
                key,
                null,
                List.of(new ApiException.FieldError("file", key, null)));
    }
}
