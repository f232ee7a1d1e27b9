package cn.ecozone.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of each accepted type, made in the test with the libraries that read them. */
public final class TestFiles {

    /** A one-page PDF written by PDFBox. */
    public static final byte[] PDF = pdf();

    private TestFiles() {}

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image of the given size in {@code format} ("png" or "jpeg"). */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 140, 60));
        g.fillRect(0, 0, width, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A DOCX written by POI. */
    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("生态文明建设示范区规划");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An OLE2 compound file with a {@code WordDocument} stream of {@code word} (a Word 97 file
     * starts it with the FIB identifier EC A5); {@code null} for an OLE2 file without one.
     */
    public static byte[] ole2(byte[] word) {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (word != null) {
                fs.createDocument(new java.io.ByteArrayInputStream(word), "WordDocument");
            } else {
                fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "Workbook");
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word 97–2003 binary: OLE2 with a WordDocument stream that starts with the FIB. */
    public static byte[] doc() {
        byte[] fib = new byte[1024];
        fib[0] = (byte) 0xEC;
        fib[1] = (byte) 0xA5;
        fib[2] = (byte) 0xC1; // nFib 193 (Word 97)
        return ole2(fib);
    }

    /** An OFD (GB/T 33190-2016): OFD.xml naming its document root, and the root. */
    public static byte[] ofd() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "OFD.xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\">"
                                + "<ofd:DocBody><ofd:DocInfo><ofd:DocID>1a2b</ofd:DocID></ofd:DocInfo>"
                                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
                        .getBytes(StandardCharsets.UTF_8));
        entries.put(
                "Doc_0/Document.xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData>"
                                + "<ofd:MaxUnitID>1</ofd:MaxUnitID></ofd:CommonData></ofd:Document>")
                        .getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** The entries of a ZIP. */
    public static Map<String, byte[]> zipEntries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A ZIP of the entries, as written. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A ZIP with one entry {@code name} of {@code inflated} zero bytes whose directory lies: it says
     * the entry holds {@code claimed} bytes. Deflate squeezes zeros about a thousandfold.
     */
    public static byte[] lyingZip(Map<String, byte[]> honest, String name, long inflated, int claimed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : honest.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < inflated; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, inflated - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ZipLies.claimSize(out.toByteArray(), name, claimed);
    }
}
