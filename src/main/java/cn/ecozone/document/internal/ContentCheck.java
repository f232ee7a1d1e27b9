package cn.ecozone.document.internal;

import cn.ecozone.document.DocumentType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Decides what an uploaded file is, in two steps, never by its name alone:
 *
 * <ol>
 *   <li><b>detect</b> the family from the content with Apache Tika's magic-byte detector (PDF, PNG,
 *       JPEG, a ZIP package, an OLE2 compound file), and
 *   <li><b>parse</b> the file far enough to know it is what the first bytes claim: a PDF loads with
 *       PDFBox and has at least one page; an image decodes and its size is known; a DOCX is an OOXML
 *       package whose main part is a WordprocessingML document; an OFD (GB/T 33190-2016) is a ZIP
 *       whose {@code OFD.xml} names a document root that exists; a DOC or WPS is an OLE2 file with a
 *       Word binary {@code WordDocument} stream.
 * </ol>
 *
 * A file whose first bytes claim a type but whose body is something else (a PDF header in front of
 * an executable, a PNG signature in front of HTML) is {@link Unreadable}. The WPS Writer format is
 * the Word binary format: the content check is the same as for DOC, and the name's extension
 * {@code .wps} only chooses which of the two it is called.
 */
@Component
public class ContentCheck {

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TIKA.getMediaTypeRegistry();
    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

    private final MediaParsers media;
    private final PackageParsers packages;

    ContentCheck(
            @Value("${ecozone.files.max-image-pixels:100000000}") long maxPixels,
            @Value("${ecozone.files.max-unzipped-size:256MB}") DataSize maxUnzipped) {
        this.media = new MediaParsers(maxPixels);
        this.packages = new PackageParsers(maxUnzipped.toBytes());
    }

    /** What the file is; {@code width} and {@code height} are set for images only. */
    public record Found(DocumentType type, Integer width, Integer height) {
        static Found of(DocumentType type) {
            return new Found(type, null, null);
        }
    }

    /** The first bytes claim {@code claimed}, but the file does not parse as one. */
    public static final class Unreadable extends IOException {
        private final DocumentType claimed;

        Unreadable(DocumentType claimed, String message, Throwable cause) {
            super(message, cause);
            this.claimed = claimed;
        }

        public DocumentType claimed() {
            return claimed;
        }
    }

    /**
     * Detects and parses the file.
     *
     * @param name the name the client gave, used only to tell WPS from DOC (same content format)
     * @return what the file is, or null when its content is none of the known types
     * @throws Unreadable when it claims a known type but does not parse as one
     * @throws IOException when the file cannot be read
     */
    public Found inspect(Path file, String name) throws IOException {
        MediaType detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // no file name in the metadata: Tika judges by the content alone
            detected = TIKA.detect(in, new Metadata());
        }
        String base = detected.getBaseType().toString();
        if (base.equals("application/pdf")) {
            media.pdf(file);
            return Found.of(DocumentType.PDF);
        }
        if (base.equals("image/png") || base.equals("image/jpeg")) {
            DocumentType type = base.equals("image/png") ? DocumentType.PNG : DocumentType.JPEG;
            int[] size = media.image(file, type);
            return new Found(type, size[0], size[1]);
        }
        if (REGISTRY.isInstanceOf(detected, ZIP)) {
            DocumentType type = packages.zip(file);
            return type == null ? null : Found.of(type);
        }
        if (REGISTRY.isInstanceOf(detected, OLE2)) {
            // Tika reports a WPS Writer file as plain OLE2, as it does a .doc (its own .wps is MS Works)
            boolean wps = name != null && name.toLowerCase(Locale.ROOT).strip().endsWith(".wps");
            try {
                if (!packages.wordBinary(file)) {
                    return null;
                }
            } catch (Unreadable e) {
                // the refusal names the type the user chose: a .wps with a broken body is a broken WPS
                throw wps ? new Unreadable(DocumentType.WPS, e.getMessage(), e) : e;
            }
            return Found.of(wps ? DocumentType.WPS : DocumentType.DOC);
        }
        return null;
    }
}
