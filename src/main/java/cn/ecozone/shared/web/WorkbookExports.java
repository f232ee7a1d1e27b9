package cn.ecozone.shared.web;

import cn.ecozone.shared.ExportFilters;
import cn.ecozone.shared.ExportRecorder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * How every Excel export leaves (issue 14 §5; review s16 #6, #9): the workbook is written to memory
 * first, so that a refusal while reading still answers problem+json; then the export is recorded in
 * the audit log with the filters the endpoint declares; only then are the headers set (the XLSX type,
 * an RFC 5987 file name, no caching) and the bytes sent. A large workbook whose checks are all done
 * may stream instead ({@link #exportStreamed}). A workbook that is not a bulk read of data (an import
 * template) goes through {@link #download} without a record.
 */
@Component
public class WorkbookExports {

    /** The media type of an .xlsx workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Writes a workbook to the stream it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private final ExportRecorder recorder;

    WorkbookExports(ExportRecorder recorder) {
        this.recorder = recorder;
    }

    /**
     * Writes, records and sends an export. If {@code writer} throws, nothing is recorded and nothing
     * sent; if the record cannot be written, nothing is sent.
     *
     * @param target what is exported, as the audit log names it, e.g. {@code Plan:export}
     * @param filters the endpoint's declared filters with their values (never the request's parameter map)
     * @param fileName the file name the browser saves, in Chinese as offices name files
     */
    public void export(
            HttpServletResponse response, String target, ExportFilters filters, String fileName, Writer writer)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(out);
        recorder.recordExport(target, filters);
        send(response, fileName, out);
    }

    /**
     * Records and sends an export whose writer streams straight to the client (a large workbook that
     * should not be held in memory). Precondition: every check and refusal has happened before this
     * call; once the first byte has left, a failure can no longer answer problem+json.
     */
    public void exportStreamed(
            HttpServletResponse response, String target, ExportFilters filters, String fileName, Writer writer)
            throws IOException {
        recorder.recordExport(target, filters);
        headers(response, fileName);
        writer.writeTo(response.getOutputStream());
    }

    /** Writes and sends a workbook that is no bulk read of data (a template): not recorded. */
    public static void download(HttpServletResponse response, String fileName, Writer writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(out);
        send(response, fileName, out);
    }

    /** Sends a template as {@link #download} does, streamed (same precondition as {@link #exportStreamed}). */
    public static void downloadStreamed(HttpServletResponse response, String fileName, Writer writer)
            throws IOException {
        headers(response, fileName);
        writer.writeTo(response.getOutputStream());
    }

    /** The {@code Content-Disposition} of a download named {@code fileName} (RFC 5987 for non-ASCII names). */
    public static String attachment(String fileName) {
        return ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    private static void send(HttpServletResponse response, String fileName, ByteArrayOutputStream out)
            throws IOException {
        headers(response, fileName);
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }

    private static void headers(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
