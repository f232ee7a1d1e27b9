package cn.ecozone.plan.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.Upload;
import cn.ecozone.plan.PlanCommand;
import cn.ecozone.shared.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/**
 * The promulgation with its issuing document as a {@code multipart/form-data} body (ADR 0056): the text
 * fields {@code version}, {@code body}, {@code promulgatedOn} (yyyy-MM-dd) and {@code documentNumber},
 * then the file part {@code file}, read as it arrives (the fields must come first). A malformed field
 * is a 400 naming it; a missing value is left to the plan, which refuses it after the actor's role.
 *
 * @param command the promulgation's values (its issuing document is the upload's, once stored)
 * @param file the issuing document
 */
record PromulgationForm(PlanCommand.Promulgate command, Upload file) {

    /** As the JSON body's limits ({@code PlanController.ActionRequest}). */
    private static final int MAX_TEXT = 100;

    /**
     * Reads the form. Preconditions: nothing has read the request's body.
     *
     * @throws ApiException 400 naming the field: no file, a version or date that does not parse, a text
     *     over 100 characters; the body's 400/413 from {@link MultipartBody}
     */
    static PromulgationForm read(HttpServletRequest request, DataSize max) {
        Map<String, String> fields = new HashMap<>();
        Upload file = MultipartBody.file(request, "file", max, fields);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return new PromulgationForm(
                new PlanCommand.Promulgate(
                        version(fields.get("version")),
                        text(fields, "body"),
                        date(fields.get("promulgatedOn")),
                        text(fields, "documentNumber")),
                file);
    }

    private static Long version(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("version", "error.parameter.type", "version", value);
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("promulgatedOn", "error.parameter.type", "promulgatedOn", value);
        }
    }

    private static String text(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value != null && value.length() > MAX_TEXT) {
            throw ApiException.invalid(name, "error.plan.content.too-long", MAX_TEXT);
        }
        return value;
    }
}
