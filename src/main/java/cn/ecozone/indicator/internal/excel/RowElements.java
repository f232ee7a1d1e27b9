package cn.ecozone.indicator.internal.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Counts the row elements ({@code <row>}, also with a namespace prefix) of every worksheet of a workbook
 * by scanning the sheets' XML bytes, without parsing them: a tenth of the time of a streaming read.
 * The count is an upper bound of the data rows (it includes header rows, rows of other sheets and
 * rows that hold only formatting), so that the progress bar has a total before the one pass that
 * validates the rows. Precondition: the upload passed the ZIP inflation guard ({@code UploadedWorkbooks}).
 */
final class RowElements {

    private static final String WORKSHEETS = "xl/worksheets/";

    /** Longest tag name looked at ({@code prefix:row}); longer names are no row. */
    private static final int MAX_NAME = 16;

    private RowElements() {}

    /** The row elements of all worksheets; 0 when the workbook has its sheets elsewhere. */
    static int count(Path workbook) throws IOException {
        int rows = 0;
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(WORKSHEETS)
                        && name.endsWith(".xml")
                        && name.indexOf('/', WORKSHEETS.length()) < 0) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        rows += count(in);
                    }
                }
            }
        }
        return rows;
    }

    /** The start tags named {@code row} or {@code prefix:row} in the XML. */
    static int count(InputStream xml) throws IOException {
        int rows = 0;
        byte[] buffer = new byte[1 << 16];
        byte[] name = new byte[MAX_NAME];
        int length = -1; // -1: not in a tag name
        int read;
        while ((read = xml.read(buffer)) >= 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '<') {
                    length = 0;
                } else if (length >= 0) {
                    if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\r' || b == '\n') {
                        if (isRow(name, length)) {
                            rows++;
                        }
                        length = -1;
                    } else if (length < MAX_NAME) {
                        name[length++] = b;
                    } else {
                        length = -1;
                    }
                }
            }
        }
        return rows;
    }

    private static boolean isRow(byte[] name, int length) {
        if (length < 3 || name[length - 3] != 'r' || name[length - 2] != 'o' || name[length - 1] != 'w') {
            return false;
        }
        return length == 3 || name[length - 4] == ':';
    }
}
