package cn.ecozone.document;

import cn.ecozone.shared.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Reads one file part of a {@code multipart/form-data} body as it arrives (issue 10, ADR 0021), so that
 * the store writes and hashes the bytes in one pass instead of the container writing a part file that
 * is read again. Parts before the file part are skipped; what follows it is left to the container.
 * The boundary is found with {@link String#indexOf} over Latin-1 copies of the buffer, which the JVM
 * vectorises (the container's parser compares byte by byte). Preconditions: nothing has read the body
 * (no request parameter was asked for: Tomcat would parse and store every part first).
 */
public final class MultipartBody {

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADERS = 8 * 1024;
    /** What may come before the file part (other fields), so that an endless field is refused. */
    private static final int MAX_SKIPPED = 1024 * 1024;

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(\"([^\"]+)\"|[^;\\s]+)");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer;
    private int pos;
    private int limit;
    private boolean eof;

    private MultipartBody(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buffer = new byte[BUFFER + delimiter.length];
        // the body's first delimiter has no line break before it: pretend one
        buffer[0] = '\r';
        buffer[1] = '\n';
        this.limit = 2;
    }

    /**
     * The file part {@code field} of a multipart request, read as it arrives, or null without one.
     *
     * @throws ApiException 400 when the request is not {@code multipart/form-data} or its body is malformed
     */
    public static Upload file(HttpServletRequest request, String field) {
        String boundary = boundary(request.getContentType());
        if (boundary == null) {
            throw ApiException.invalid(field, "error.upload.multipart");
        }
        try {
            return file(request.getInputStream(), boundary, field);
        } catch (IOException e) {
            throw ApiException.invalid(field, "error.upload.multipart");
        }
    }

    /**
     * A parameter of the query string, decoded, or null. Asking the request for a parameter instead
     * would make the container parse (and store) the multipart body first.
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

    /** The boundary of a multipart content type, or null when it is none. */
    public static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        Matcher m = BOUNDARY.matcher(contentType);
        return m.find() ? (m.group(2) != null ? m.group(2) : m.group(1)) : null;
    }

    /**
     * The file part named {@code field} of the body, as an upload read from the body as it arrives, or
     * null when the body has no such part. Its stream ends at the part's closing delimiter and fails if
     * the body ends before it (a killed or truncated request).
     *
     * @throws IOException for a malformed body
     */
    public static Upload file(InputStream body, String boundary, String field) throws IOException {
        MultipartBody parts = new MultipartBody(body, boundary);
        if (!parts.skipToDelimiter()) {
            return null;
        }
        while (parts.afterDelimiter()) {
            String headers = parts.headers();
            Matcher name = NAME.matcher(headers);
            Matcher filename = FILENAME.matcher(headers);
            if (name.find() && name.group(1).equals(field) && filename.find()) {
                parts.found = false;
                return streamed(filename.group(1), parts.new Part());
            }
            if (!parts.skipToDelimiter()) {
                return null;
            }
        }
        return null;
    }

    private static Upload streamed(String name, InputStream content) {
        return new Upload() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long size() {
                return -1;
            }

            @Override
            public void transferTo(java.nio.file.Path target) throws IOException {
                java.nio.file.Files.copy(content, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }

            @Override
            public InputStream stream() {
                return content;
            }
        };
    }

    /** After a delimiter: true when a part follows (CRLF), false at the closing one ("--"). */
    private boolean afterDelimiter() throws IOException {
        fill(2);
        if (limit - pos < 2) {
            throw new IOException("multipart body ends after a delimiter");
        }
        byte a = buffer[pos];
        byte b = buffer[pos + 1];
        pos += 2;
        if (a == '-' && b == '-') {
            return false;
        }
        if (a != '\r' || b != '\n') {
            throw new IOException("malformed multipart delimiter");
        }
        return true;
    }

    /** The part's header lines (UTF-8, as browsers send file names), up to the empty line. */
    private String headers() throws IOException {
        int start = pos;
        int tail = 0x0d0a; // the delimiter's line break, so that a part without headers ends at once
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        while (tail != 0x0d0a0d0a) {
            if (pos == limit) {
                read.write(buffer, start, pos - start);
                fill(1);
                start = pos;
                if (pos == limit) {
                    throw new IOException("multipart body ends in a part's headers");
                }
            }
            tail = tail << 8 | buffer[pos++] & 0xff;
            if (read.size() + pos - start > MAX_HEADERS) {
                throw new IOException("multipart part headers too long");
            }
        }
        read.write(buffer, start, pos - start);
        return new String(read.toByteArray(), StandardCharsets.UTF_8);
    }

    /** Skips to just after the next delimiter; false when the body ends first. */
    private boolean skipToDelimiter() throws IOException {
        found = false;
        byte[] skip = new byte[BUFFER];
        for (int n = read(skip, 0, skip.length); n >= 0; n = read(skip, 0, skip.length)) {
            skipped += n;
            if (skipped > MAX_SKIPPED) {
                throw new IOException("multipart body has too much before its file part");
            }
        }
        return found;
    }

    private long skipped;

    private boolean found;

    /**
     * Reads bytes up to the next delimiter; -1 once it is reached (then {@link #found} is set and the
     * position is just past it) or when the body ends without it ({@link #found} stays false).
     */
    private int read(byte[] into, int off, int len) throws IOException {
        if (found) {
            return -1;
        }
        fill(delimiter.length);
        int available = limit - pos;
        if (available == 0) {
            return -1;
        }
        int at = indexOfDelimiter();
        int safe;
        if (at >= 0) {
            safe = at - pos;
        } else if (eof) {
            safe = available;
        } else {
            safe = available - (delimiter.length - 1);
        }
        if (safe == 0 && at >= 0) {
            pos += delimiter.length;
            found = true;
            return -1;
        }
        int n = Math.min(len, safe);
        System.arraycopy(buffer, pos, into, off, n);
        pos += n;
        return n;
    }

    /** The position of the delimiter in the buffered bytes, or -1. */
    private int indexOfDelimiter() {
        // Latin-1 keeps each byte as one char; String.indexOf is an intrinsic, unlike a byte loop
        String window = new String(buffer, pos, limit - pos, StandardCharsets.ISO_8859_1);
        int at = window.indexOf(new String(delimiter, StandardCharsets.ISO_8859_1));
        return at < 0 ? -1 : pos + at;
    }

    /** Buffers at least {@code wanted} bytes past the position, unless the body ends first. */
    private void fill(int wanted) throws IOException {
        if (limit - pos >= wanted || eof) {
            return;
        }
        System.arraycopy(buffer, pos, buffer, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (limit < buffer.length && !eof) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
                if (limit - pos >= wanted && in.available() <= 0) {
                    break;
                }
            }
        }
    }

    /** The file part's bytes; fails at the end of the body if the part's delimiter never came. */
    private final class Part extends InputStream {

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n = MultipartBody.this.read(into, off, len);
            if (n < 0 && !found) {
                throw new IOException("the upload ended before its part did (request cancelled or truncated)");
            }
            return n;
        }
    }
}
