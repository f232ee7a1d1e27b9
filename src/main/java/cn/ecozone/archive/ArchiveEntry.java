package cn.ecozone.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One file of a candidacy archive.
 *
 * @param section where it goes
 * @param name its file name inside the section's folder (made unique by the archive when needed)
 * @param date the date the record carries (filing, submission, naming …), or null
 * @param source the record it comes from, e.g. {@code 规划 12（第2次修订）}
 * @param content what the file holds
 */
public record ArchiveEntry(ArchiveSection section, String name, LocalDate date, String source, Content content) {

    public ArchiveEntry {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /** What an entry holds: a stored document (read through {@code document}, audited), or bytes written on demand. */
    public sealed interface Content {}

    /** A stored document, opened by the archive with {@code DocumentManagement.open} (each read audited). */
    public record StoredFile(long documentId) implements Content {}

    /** UTF-8 text, e.g. a record rendered as JSON. */
    public record Text(String text) implements Content {}

    /**
     * Bytes written when the archive reaches the entry, e.g. a workbook. The writer must not close
     * {@code out} and must not depend on the request (it may run after the request thread has left).
     */
    @FunctionalInterface
    public non-sealed interface Written extends Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
