package cn.ecozone.document.internal;

import cn.ecozone.document.DocumentType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Parses PDFs (Apache PDFBox) and images (the JDK's ImageIO) far enough to know they are real, with
 * memory bounded whatever the file: PDFBox keeps its buffers in temporary files, and an image is
 * decoded subsampled so that only a small raster is ever held.
 */
final class MediaParsers {

    /** The decoded raster is at most about this many pixels on its longer side. */
    private static final int PREVIEW = 256;

    private final long maxPixels;

    MediaParsers(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** A PDF that PDFBox loads (cross-reference and trailer, or a repairable body) with ≥ 1 page. */
    void pdf(Path file) throws ContentCheck.Unreadable {
        try (PDDocument document = Loader.loadPDF(
                new RandomAccessReadBufferedFile(file), null, null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() < 1) {
                throw new ContentCheck.Unreadable(DocumentType.PDF, "no page", null);
            }
        } catch (ContentCheck.Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ContentCheck.Unreadable(DocumentType.PDF, "not a PDF: " + e.getMessage(), e);
        }
    }

    /**
     * An image that decodes in full, without a warning (a truncated JPEG decodes with one).
     *
     * @return width and height in pixels
     */
    int[] image(Path file, DocumentType type) throws ContentCheck.Unreadable {
        String format = type == DocumentType.PNG ? "png" : "jpeg";
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                throw new ContentCheck.Unreadable(type, "no reader", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || (long) width * height > maxPixels) {
                    throw new ContentCheck.Unreadable(type, "image size " + width + "x" + height, null);
                }
                StringBuilder warnings = new StringBuilder();
                reader.addIIOReadWarningListener((source, warning) -> warnings.append(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / PREVIEW);
                param.setSourceSubsampling(step, step, 0, 0);
                if (reader.canReadRaster()) {
                    // the raw raster: a CMYK or YCCK JPEG (print shops, scanners) decodes too
                    reader.readRaster(0, param);
                } else {
                    reader.read(0, param);
                }
                if (!warnings.isEmpty()) {
                    throw new ContentCheck.Unreadable(type, "decoded with warnings: " + warnings, null);
                }
                return new int[] {width, height};
            } finally {
                reader.dispose();
            }
        } catch (ContentCheck.Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ContentCheck.Unreadable(type, "not an image: " + e.getMessage(), e);
        }
    }
}
