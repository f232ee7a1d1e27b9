package cn.ecozone.indicator.internal.excel;

import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.ZipInflation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Takes an uploaded workbook into a private working file and checks it by content, never by name:
 * at most the size limit, a ZIP whose parts make an OOXML spreadsheet ({@code [Content_Types].xml}
 * and {@code xl/workbook.xml}), and no part that inflates beyond reason (a "zip bomb": the bytes
 * actually inflated are counted, the sizes the ZIP states are not trusted). The file is written under
 * a temporary name in this instance's work folder (swept at start-up, see {@code WorkFolders}) and
 * moved into place, and its SHA-256 is taken on the way.
 */
@Component
public class UploadedWorkbooks {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int MAX_ENTRIES = 10_000;
    /** XML compresses well, but not a thousandfold. */
    private static final long MAX_RATIO = 200;

    private final long maxBytes;
    private final long maxUnzippedBytes;
    private final Path directory;

    UploadedWorkbooks(
            @Value("${ecozone.indicator.excel.max-upload-size:20MB}") DataSize maxUpload,
            @Value("${ecozone.indicator.excel.max-unzipped-size:512MB}") DataSize maxUnzipped,
            @Value("${ecozone.instance.work-dir}/excel") Path directory) {
        this.maxBytes = maxUpload.toBytes();
        this.maxUnzippedBytes = maxUnzipped.toBytes();
        this.directory = directory;
    }

    /** A checked workbook in its working file. */
    public record Stored(Path file, long size, String sha256) {
        /** Removes the working file. */
        public void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The upload limit, for messages. */
    public DataSize maxUpload() {
        return DataSize.ofBytes(maxBytes);
    }

    /**
     * Stores and checks an upload.
     *
     * @throws ApiException 400 for an empty file, 413 above the limit, 415 for anything but .xlsx
     */
    public Stored store(InputStream content) {
        return store(content, maxUnzippedBytes);
    }

    /**
     * Stores and checks an upload whose parts may inflate to at most {@code maxUnzipped} bytes in
     * all (counted while inflating, see {@link ZipInflation}).
     *
     * @throws ApiException 400 empty, 413 above the limit, 415 not .xlsx, 422 inflates too far
     */
    public Stored store(InputStream content, long maxUnzipped) {
        Path part = null;
        try {
            Files.createDirectories(directory);
            part = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copy(content, part, sha);
            if (size == 0) {
                throw ApiException.invalid("file", "error.indicator.excel.file.empty");
            }
            checkContent(part, Math.min(maxUnzipped, maxUnzippedBytes));
            Path file = part.resolveSibling(part.getFileName().toString().replace(".part", ".xlsx"));
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            part = null;
            return new Stored(file, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // a left-over temporary file in our own directory
                }
            }
        }
    }

    private long copy(InputStream content, Path target, MessageDigest sha) throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    Object[] args = {maxBytes / (1024 * 1024)};
                    String key = "error.indicator.excel.file.too-large";
                    throw new ApiException(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "too-large",
                            key,
                            args,
                            java.util.List.of(new ApiException.FieldError("file", key, args)));
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    private void checkContent(Path file, long maxUnzipped) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                throw notXlsx("error.indicator.excel.file.not-xlsx");
            }
        }
        if (java.util.Arrays.equals(head, OLE2)) {
            throw notXlsx("error.indicator.excel.file.xls");
        }
        if (!java.util.Arrays.equals(head, ZIP)) {
            throw notXlsx("error.indicator.excel.file.not-xlsx");
        }
        Set<String> names;
        try {
            names = ZipInflation.check(file, new ZipInflation.Limits(maxUnzipped, MAX_RATIO, MAX_ENTRIES));
        } catch (ZipInflation.LimitExceeded e) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "unsafe-file",
                    "error.indicator.excel.file.unsafe",
                    new Object[] {DataSize.ofBytes(maxUnzipped).toMegabytes()},
                    null);
        } catch (IOException e) {
            throw notXlsx("error.indicator.excel.file.not-xlsx");
        }
        if (!names.contains("[Content_Types].xml") || !names.contains("xl/workbook.xml")) {
            throw notXlsx("error.indicator.excel.file.not-xlsx");
        }
    }

    private static ApiException notXlsx(String key) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file", key, null, null);
    }
}
