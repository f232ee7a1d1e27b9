package cn.ecozone.document;

import cn.ecozone.shared.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadContentTypeException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.apache.commons.io.input.ProxyInputStream;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Reads one file part of a {@code multipart/form-data} request as it arrives, with commons-fileupload2's
 * streaming API (issue 10, ADR 0021), so that the store writes and hashes the bytes in one pass instead of
 * the container writing a part file that is read again. The library's failures become the client's
 * problems: a cut-off or malformed body 400, a file over the limit 413. Preconditions: nothing has read
 * the body (no request parameter was asked for: Tomcat would parse and store every part first).
 */
public final class MultipartBody {

    /** Parts that may come before the file part (the iterator ignores the upload's file count limit). */
    static final int MAX_PARTS = 10;

    /**
     * The bytes of one part's headers, as {@code server.tomcat.max-part-header-size} (2 KB) allowed the
     * container's parts: a file name of about 650 Chinese characters (UTF-8). 2.0.0-M4 fixed 512 bytes
     * (about 140), which refused names the other uploads accepted; 2.0.0-M5 lets it be set.
     */
    static final int MAX_PART_HEADER = 2048;

    private MultipartBody() {}

    /** The longest text field {@link #file(HttpServletRequest, String, DataSize, java.util.Map)} reads. */
    private static final int MAX_FIELD = 1024;

    /**
     * The file part {@code field} of a multipart request, read as it arrives, or null without one; its
     * stream fails with an {@link ApiException} when the body is cut off or the file exceeds {@code max}.
     *
     * @throws ApiException 400 when the request is not {@code multipart/form-data} or its body is malformed
     */
    public static Upload file(HttpServletRequest request, String field, DataSize max) {
        return file(request, field, max, null);
    }

    /**
     * As {@link #file(HttpServletRequest, String, DataSize)}, and puts the text fields that come before
     * the file part into {@code fields} (each at most {@value #MAX_FIELD} bytes, UTF-8), e.g. a value that
     * must not travel in the query string.
     *
     * @throws ApiException 400 on a field longer than that
     */
    public static Upload file(HttpServletRequest request, String field, DataSize max, Map<String, String> fields) {
        var upload = new JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory>();
        // the library refuses a read past this count, so a file of exactly max passes (as in FileStore)
        upload.setMaxFileSize(max.toBytes() + 1);
        upload.setMaxSize(max.toBytes() + (1 << 20)); // and 1 MiB for the rest: fields, headers, delimiters
        upload.setMaxFileCount(MAX_PARTS); // applies to parseRequest; the loop below counts for the iterator
        upload.setHeaderCharset(StandardCharsets.UTF_8); // browsers send file names in UTF-8
        upload.setMaxPartHeaderSize(MAX_PART_HEADER); // longer is refused: 400 file-name-too-long
        try {
            FileItemInputIterator parts = upload.getItemIterator(request);
            for (int seen = 0; parts.hasNext(); seen++) {
                FileItemInput part = parts.next();
                if (seen == MAX_PARTS) {
                    throw ApiException.invalid("file", "error.upload.malformed");
                }
                if (!part.isFormField() && part.getFieldName().equals(field)) {
                    return Upload.streamed(part.getName(), refusing(part.getInputStream(), max));
                }
                if (fields != null && part.isFormField()) {
                    byte[] value = part.getInputStream().readNBytes(MAX_FIELD + 1);
                    if (value.length > MAX_FIELD) {
                        throw ApiException.invalid(part.getFieldName(), "error.upload.malformed");
                    }
                    fields.put(part.getFieldName(), new String(value, StandardCharsets.UTF_8));
                }
            }
            return null;
        } catch (IOException | InvalidPathException e) {
            throw refusal(e, max);
        }
    }

    /**
     * A parameter of the query string, decoded, or null. A handler that reads the body with {@link #file}
     * takes its parameters from here: asking the request for a parameter would make the container parse
     * (and store) the multipart body first.
     */
    public static String queryParameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        String value = UriComponentsBuilder.newInstance()
                .query(query)
                .build()
                .getQueryParams()
                .getFirst(name);
        return value == null ? null : UriUtils.decode(value, StandardCharsets.UTF_8);
    }

    /**
     * A whole-number parameter of the query string, or null when absent or blank.
     *
     * @throws ApiException 400 naming the parameter when it is not a number
     */
    public static Long queryLong(HttpServletRequest request, String name) {
        String value = queryParameter(request, name);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "error.parameter.type", name, value);
        }
    }

    /** The client's problem for a failure of the library or the body; 400 unless the file is too large. */
    private static ApiException refusal(Exception failure, DataSize max) {
        return switch (failure) {
            case FileUploadContentTypeException _ -> ApiException.invalid("file", "error.upload.multipart");
            case FileUploadSizeException e
            when e.getMessage().startsWith("Header section") ->
                of(HttpStatus.BAD_REQUEST, "file-name-too-long", "error.upload.header-too-large", e.getPermitted());
            case FileUploadSizeException _ -> // the file's (FileUploadByteCountLimitException) or the body's
                of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.document.too-large", max.toMegabytes());
            default -> ApiException.invalid("file", "error.upload.malformed");
        };
    }

    /** A problem of the field {@code file} naming a limit. */
    private static ApiException of(HttpStatus status, String code, String key, long limit) {
        Object[] args = {String.valueOf(limit)};
        return new ApiException(status, code, key, args, List.of(new ApiException.FieldError("file", key, args)));
    }

    /** The part's bytes; a failure to read them (cut off, too large) is thrown as the client's problem. */
    private static InputStream refusing(InputStream in, DataSize max) {
        return new ProxyInputStream(in) {
            @Override
            protected void handleIOException(IOException e) {
                throw refusal(e, max);
            }
        };
    }
}
