package cn.ecozone.registry.internal.excel;

import cn.ecozone.document.Upload;
import cn.ecozone.document.WorkbookUpload;
import cn.ecozone.shared.ApiException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Takes an uploaded register workbook into a private working file, streamed and size-limited, and
 * checks it by content, never by name ({@link WorkbookUpload}, shared with the expert pool's import).
 * The caller deletes the file when done.
 */
@Component
public class UploadedWorkbook {

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
        return WorkbookUpload.take(
                upload, new WorkbookUpload.Terms(directory, "import-", maxBytes, "error.registry.import."));
    }

    /** Removes a working file. */
    public static void delete(Path file) {
        WorkbookUpload.delete(file);
    }
}
