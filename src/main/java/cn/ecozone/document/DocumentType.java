package cn.ecozone.document;

import java.util.Set;

/**
 * The file types the platform accepts, recognised by their content (detected, then parsed), never by
 * their name.
 */
public enum DocumentType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** Word 97–2003 binary (OLE2 with a WordDocument stream). */
    DOC("application/msword"),
    /** WPS Writer (.wps): the Word binary format, told from DOC by its name only. */
    WPS("application/msword"),
    /** OFD, the Chinese fixed-layout format of GB/T 33190-2016 (a ZIP with OFD.xml). */
    OFD("application/ofd"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The formats an official text (a plan, a work plan) may come in: PDF, OFD, DOCX, DOC or WPS. */
    public static final Set<DocumentType> TEXTS = Set.of(PDF, OFD, DOCX, DOC, WPS);

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
