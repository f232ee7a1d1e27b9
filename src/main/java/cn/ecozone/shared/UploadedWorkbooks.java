package cn.ecozone.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.Map;

/**
 * Takes an uploaded Excel workbook (.xlsx) from a {@code multipart/form-data} request into a checked
 * working file, as every workbook import does (review s15 #3): the file part read as it arrives (no
 * container part file), size-limited while it streams, and checked by content (an OOXML spreadsheet,
 * no ZIP inflating beyond reason). An SPI so that a module depending on the kernel only (regions) takes
 * its uploads the same way; the document module implements it with its {@code MultipartBody} and
 * {@code WorkbookUpload}. Precondition: nothing has read the request body (no request parameter asked).
 */
public interface UploadedWorkbooks {

    /**
     * Where and how an import takes its workbooks.
     *
     * @param folder the module's own folder under the instance's work folder, e.g. {@code region}
     * @param filePrefix the working file's name prefix
     * @param maxBytes the largest upload accepted
     * @param keyPrefix the refusals' message keys are this followed by {@code empty}, {@code too-large},
     *     {@code unsafe} and {@code not-xlsx}
     */
    record Terms(String folder, String filePrefix, long maxBytes, String keyPrefix) {}

    /**
     * A checked workbook: its working file, which the caller deletes with {@link #delete} when done, and
     * the request's text fields: the query string's parameters and the form fields sent before the file
     * part (a form field wins over a query parameter of the same name).
     */
    record Taken(Path file, Map<String, String> fields) {}

    /**
     * The checked workbook of the file part {@code field}.
     *
     * @throws ApiException 400 not multipart, malformed or without the file part ({@code keyPrefix + empty}),
     *     413 above the limit, 415 not an .xlsx (whatever its name), 422 a ZIP that inflates too far; no
     *     working file is left behind on any of them
     */
    Taken take(HttpServletRequest request, String field, Terms terms);

    /** Removes a working file taken by {@link #take}. */
    void delete(Path file);
}
