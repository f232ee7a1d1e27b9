package cn.ecozone.document.internal;

import cn.ecozone.document.DocumentType;
import cn.ecozone.shared.ZipInflation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Parses container formats: ZIP packages (OOXML with Apache POI, OFD per GB/T 33190-2016 §7.4) and
 * OLE2 compound files (Word binary, with POI's POIFS). A ZIP is first inflated once in full under
 * {@link ZipInflation}'s limits, so that no parser below ever meets a ZIP bomb. XML is read as a
 * stream without DTDs or external entities.
 */
final class PackageParsers {

    private static final String DOCX_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSX_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    /** The identifier at the start of a Word binary File Information Block ([MS-DOC] 2.5.2). */
    private static final int WORD_FIB_IDENT = 0xA5EC;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final long maxUnzipped;

    PackageParsers(long maxUnzipped) {
        this.maxUnzipped = maxUnzipped;
    }

    /** DOCX, XLSX or OFD, or null for any other ZIP. */
    DocumentType zip(Path file) throws IOException {
        Set<String> names;
        try {
            names = ZipInflation.check(file, new ZipInflation.Limits(maxUnzipped, 200, 10_000));
        } catch (ZipInflation.LimitExceeded e) {
            throw e;
        } catch (IOException e) {
            return null; // not a readable ZIP: none of the known types
        }
        if (names.contains("OFD.xml")) {
            ofd(file, names);
            return DocumentType.OFD;
        }
        if (names.contains("[Content_Types].xml")) {
            return ooxml(file);
        }
        return null;
    }

    /** The package's main part is a Word (or Excel) document, and it is well-formed XML. */
    private static DocumentType ooxml(Path file) throws ContentCheck.Unreadable {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.size() != 1) {
                return null;
            }
            PackagePart part = pkg.getPart(main.getRelationship(0));
            if (part == null) {
                return null;
            }
            DocumentType type = switch (part.getContentType()) {
                case DOCX_MAIN -> DocumentType.DOCX;
                case XLSX_MAIN -> DocumentType.XLSX;
                default -> null;
            };
            if (type != null) {
                try (InputStream in = part.getInputStream()) {
                    String root = rootElement(in);
                    if (!root.equals(type == DocumentType.DOCX ? "document" : "workbook")) {
                        throw new ContentCheck.Unreadable(type, "main part is " + root, null);
                    }
                }
            }
            return type;
        } catch (ContentCheck.Unreadable e) {
            throw e;
        } catch (Exception e) {
            // POI opens no package from it: a ZIP that only looks like OOXML (e.g. a word/ entry and an .exe)
            return null;
        }
    }

    /** {@code OFD.xml} is an {@code ofd:OFD} whose {@code DocRoot} is an entry of the package. */
    private static void ofd(Path file, Set<String> names) throws ContentCheck.Unreadable {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            ZipArchiveEntry entry = zip.getEntry("OFD.xml");
            String docRoot = null;
            try (InputStream in = zip.getInputStream(entry)) {
                XMLStreamReader xml = XML.createXMLStreamReader(in);
                String root = null;
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        root = root == null ? xml.getLocalName() : root;
                        if (xml.getLocalName().equals("DocRoot") && docRoot == null) {
                            docRoot = xml.getElementText().strip();
                        }
                    }
                }
                if (!"OFD".equals(root)) {
                    throw new ContentCheck.Unreadable(DocumentType.OFD, "OFD.xml root is " + root, null);
                }
            }
            String path = docRoot == null ? null : docRoot.replaceFirst("^/", "");
            if (path == null || !names.contains(path)) {
                throw new ContentCheck.Unreadable(DocumentType.OFD, "no document root " + docRoot, null);
            }
        } catch (ContentCheck.Unreadable e) {
            throw e;
        } catch (IOException | XMLStreamException e) {
            throw new ContentCheck.Unreadable(DocumentType.OFD, "OFD.xml unreadable", e);
        }
    }

    /** An OLE2 file with a {@code WordDocument} stream that starts with the Word FIB identifier. */
    boolean wordBinary(Path file) throws ContentCheck.Unreadable {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (!root.hasEntry("WordDocument")) {
                return false;
            }
            try (DocumentInputStream in = root.createDocumentInputStream("WordDocument")) {
                if (in.available() < 2 || in.readUShort() != WORD_FIB_IDENT) {
                    throw new ContentCheck.Unreadable(DocumentType.DOC, "no Word FIB", null);
                }
            }
            return true;
        } catch (ContentCheck.Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ContentCheck.Unreadable(DocumentType.DOC, "not an OLE2 file", e);
        }
    }

    /** Reads the XML to its end (well-formed or an exception) and returns its root's local name. */
    private static String rootElement(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        String root = null;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && root == null) {
                root = xml.getLocalName();
            }
        }
        return String.valueOf(root);
    }
}
