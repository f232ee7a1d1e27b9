package cn.ecozone.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A guard against ZIP bombs that trusts nothing the archive says about itself: every entry is
 * inflated once, the bytes that actually come out are counted, and reading stops as soon as a limit
 * is passed. The sizes written in the ZIP's directory are never used for the decision, so a 1 MB
 * file whose directory claims small entries but inflates to 1 GB is stopped after a few MB.
 *
 * <p>The archive is read with Apache Commons Compress, the library the streaming workbook reader
 * (fastexcel-reader) reads it with, so the guard counts the bytes that reader will see.
 *
 * <p>Thread-safe (no state).
 */
public final class ZipInflation {

    /** An entry that inflates to more than this is judged by its ratio. */
    private static final long RATIO_FLOOR = 1 << 20;

    private ZipInflation() {}

    /**
     * @param maxTotal the most bytes all entries together may inflate to
     * @param maxRatio the most an entry above 1 MB may inflate per compressed byte
     * @param maxEntries the most entries
     */
    public record Limits(long maxTotal, long maxRatio, int maxEntries) {}

    /** A limit was passed while inflating; the archive is refused. */
    public static final class LimitExceeded extends IOException {
        public LimitExceeded(String message) {
            super(message);
        }
    }

    /**
     * Inflates every entry of the ZIP in full and counts the bytes.
     *
     * @return the entry names, in the order of the ZIP's directory
     * @throws LimitExceeded when a limit is passed (reading stops there)
     * @throws IOException when the file is not a readable ZIP (truncated, lying compressed sizes,
     *     unsupported compression)
     */
    public static Set<String> check(Path zip, Limits limits) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            Enumeration<ZipArchiveEntry> entries = file.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (!names.add(entry.getName()) || names.size() > limits.maxEntries()) {
                    throw new LimitExceeded("duplicate entry or too many entries");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (!file.canReadEntryData(entry)) {
                    throw new IOException("unsupported compression in " + entry.getName());
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = file.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        inflated += n;
                        total += n;
                        if (total > limits.maxTotal()) {
                            throw new LimitExceeded("inflates beyond " + limits.maxTotal() + " bytes");
                        }
                        if (inflated > RATIO_FLOOR && inflated / compressed > limits.maxRatio()) {
                            throw new LimitExceeded(entry.getName() + " inflates beyond the ratio");
                        }
                    }
                }
            }
        }
        return names;
    }
}
