package cn.ecozone.archive.internal;

import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveManagement;
import cn.ecozone.document.DocumentManagement;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * Writes a prepared archive as a ZIP: each entry under its section's folder, hashed (SHA-256) and counted
 * while it streams through, then {@code index.html} listing them. Memory stays bounded: only the index's
 * lines are kept.
 */
@Component
public class ArchiveWriter {

    /** The index's file name in the ZIP. */
    public static final String INDEX = "index.html";

    private final DocumentManagement documents;

    ArchiveWriter(DocumentManagement documents) {
        this.documents = documents;
    }

    /** One written file as the index lists it. */
    record Line(String path, ArchiveEntry entry, long size, String sha256) {}

    public void write(ArchiveManagement.Prepared archive, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), StandardCharsets.UTF_8);
        List<Line> lines = new ArrayList<>();
        Set<String> used = new HashSet<>();
        used.add(INDEX);
        for (ArchiveEntry e : archive.entries()) {
            String path = unique(e.section().folder() + "/" + safe(e.name()), used);
            zip.putNextEntry(new ZipEntry(path));
            MessageDigest sha = sha256();
            Counting counted = new Counting(new DigestOutputStream(new KeepOpen(zip), sha));
            switch (e.content()) {
                case ArchiveEntry.StoredFile f -> {
                    try (InputStream in = documents.open(f.documentId())) {
                        in.transferTo(counted);
                    }
                }
                case ArchiveEntry.Text t -> counted.write(t.text().getBytes(StandardCharsets.UTF_8));
                case ArchiveEntry.Written w -> w.writeTo(counted);
            }
            counted.flush();
            zip.closeEntry();
            lines.add(new Line(path, e, counted.count, HexFormat.of().formatHex(sha.digest())));
        }
        zip.putNextEntry(new ZipEntry(INDEX));
        zip.write(ArchiveIndex.html(archive, lines).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static String unique(String path, Set<String> used) {
        String candidate = path;
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        for (int n = 2; !used.add(candidate); n++) {
            candidate = dot > slash ? path.substring(0, dot) + "-" + n + path.substring(dot) : path + "-" + n;
        }
        return candidate;
    }

    /** A file name without folders, control characters or characters Windows refuses. */
    static String safe(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return s.isEmpty() ? "file" : s.length() > 120 ? s.substring(s.length() - 120) : s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes written through it. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** A stream handed to a writer that closes what it writes to. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
