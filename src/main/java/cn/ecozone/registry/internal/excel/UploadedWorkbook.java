package cn.ecozone.registry.internal.excel;

import cn.ecozone.document.Upload;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Takes an uploaded register workbook into a private working file, streamed and size-limited, and
 * checks it by content, never by name: a ZIP whose parts make an OOXML spreadsheet, none inflating
 * beyond reason ({@link ZipInflation}). The caller deletes the file when done.
 */
@Component
public class UploadedWorkbook {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    private final long maxBytes;
    private final Path directory;

    UploadedWorkbook(
            @Value("${ecozone.registry.import.max-upload-size:5MB}") DataSize maxUpload,
            @Value("${ecozone.instance.work-dir}/registry") Path directory) {
        this.maxBytes = maxUpload.toBytes();
        this.directory = directory;
    }

    public DataSize maxUpload() {
        return DataSize.ofBytes(maxBytes);
    }

    /**
     * The checked workbook's working file.
     *
     * @throws ApiException 400 empty, 413 above the limit, 415 not an .xlsx (whatever its name), 422 a
     *     ZIP that inflates too far
     */
    public Path take(Upload upload) {
        Path file = null;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "import-", ".xlsx");
            long size = copy(upload, file);
            if (size == 0) {
                throw ApiException.invalid("file", "error.registry.import.empty");
            }
            check(file);
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
            // a left-over file in our own work folder, swept at start-up
        }
    }

    private long copy(Upload upload, Path target) throws IOException {
        InputStream in = upload.stream();
        if (in == null) {
            upload.transferTo(target);
            long size = Files.size(target);
            if (size > maxBytes) {
                throw tooLarge();
            }
            return size;
        }
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    private ApiException tooLarge() {
        Object[] args = {maxBytes / (1024 * 1024)};
        return new ApiException(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                "error.registry.import.too-large",
                args,
                List.of(new ApiException.FieldError("file", "error.registry.import.too-large", args)));
    }

    private void check(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4 || !Arrays.equals(head, ZIP)) {
                throw notXlsx();
            }
        }
        Set<String> names;
        try {
            names = ZipInflation.check(file, new ZipInflation.Limits(64L * 1024 * 1024, 200, 2_000));
        } catch (ZipInflation.LimitExceeded e) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT, "unsafe-file", "error.registry.import.unsafe", null, null);
        } catch (IOException e) {
            throw notXlsx();
        }
        if (!names.contains("[Content_Types].xml") || !names.contains("xl/workbook.xml")) {
            throw notXlsx();
        }
    }

    private static ApiException notXlsx() {
        return new ApiException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-file",
                "error.registry.import.not-xlsx",
                null,
                List.of(new ApiException.FieldError("file", "error.registry.import.not-xlsx", null)));
    }
}
