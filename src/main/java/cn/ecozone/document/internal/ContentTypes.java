package cn.ecozone.document.internal;

import cn.ecozone.document.DocumentType;
import java.nio.charset.StandardCharsets;

/** Recognises a file type from its first bytes (magic numbers), never from its name. */
public final class ContentTypes {

    private ContentTypes() {}

    /** The type, or null when the content is none of the accepted types. */
    public static DocumentType detect(byte[] head) {
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return DocumentType.PDF;
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return DocumentType.PNG;
        }
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return DocumentType.JPEG;
        }
        if (startsWith(head, new byte[] {'P', 'K', 0x03, 0x04})) {
            String text = new String(head, StandardCharsets.ISO_8859_1);
            if (text.contains("word/")) {
                return DocumentType.DOCX;
            }
            if (text.contains("xl/")) {
                return DocumentType.XLSX;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
