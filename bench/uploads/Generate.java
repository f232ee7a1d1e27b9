import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Generates the uploads of the upload benchmark with the JDK only ({@code java Generate.java OUT_DIR}):
 * the largest upload of each kind that the platform accepts (20 MB), plus the hostile ones.
 *
 * <ul>
 *   <li>{@code edition-accepted.xlsx}: an edition workbook whose sheet XML is just under the edition
 *       limit (8 MB), so POI's object model loads all of it;
 *   <li>{@code edition-19.7mb.xlsx}: an honest 19.7 MB edition workbook (hard-to-compress text), the
 *       one that exhausted a 256 MB heap before the limit;
 *   <li>{@code bomb.xlsx}: a 1 MB value workbook whose sheet inflates to 1 GB while its ZIP directory
 *       claims 1,000 bytes;
 *   <li>{@code evidence.pdf} (≈ 20 MB, 1,000 pages), {@code evidence.png} (≈ 19.7 MB of noise, 2,560²
 *       pixels), {@code plan.docx} (≈ 19 MB of text in one document part).
 * </ul>
 *
 * <p>{@code java Generate.java OUT_DIR evidence COUNT} writes only {@code COUNT} different evidence PDFs of
 * about 10 MiB each ({@code evidence-10m-001.pdf}, …, 500 pages), the concurrent-upload scenario's files.
 */
public class Generate {

    static final Random RANDOM = new Random(20261206L);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        if (args.length > 2 && args[1].equals("evidence")) {
            int count = Integer.parseInt(args[2]);
            for (int i = 1; i <= count; i++) {
                Path file = out.resolve(String.format("evidence-10m-%03d.pdf", i));
                pdf(file, 500, 20_700); // ≈ 10 MiB
            }
            System.out.printf("%d × evidence-10m-NNN.pdf %6.1f MiB each%n", count, Files.size(out.resolve("evidence-10m-001.pdf")) / 1048576.0);
            return;
        }
        edition(out.resolve("edition-accepted.xlsx"), 7_800_000L, false);
        edition(out.resolve("edition-19.7mb.xlsx"), Long.MAX_VALUE, true);
        bomb(out.resolve("bomb.xlsx"));
        pdf(out.resolve("evidence.pdf"), 1000, 20_000);
        png(out.resolve("evidence.png"), 2560);
        docx(out.resolve("plan.docx"), 19_000_000L);
        for (String f : List.of(
                "edition-accepted.xlsx", "edition-19.7mb.xlsx", "bomb.xlsx", "evidence.pdf", "evidence.png", "plan.docx")) {
            System.out.printf("%-22s %6.1f MB%n", f, Files.size(out.resolve(f)) / 1048576.0);
        }
    }

    /** Random common Chinese characters: compresses about as badly as real prose. */
    static String text(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) (0x4E00 + RANDOM.nextInt(3000)));
        }
        return s.toString();
    }

    static String cell(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /**
     * An edition workbook: the header sheet and an indicator sheet of rows with long definitions, until
     * the sheet XML reaches {@code xmlBytes} or (honest) the ZIP reaches 19.7 MB.
     */
    static void edition(Path file, long xmlBytes, boolean toZipSize) throws IOException {
        String[] columns = {"指标编号", "序号", "分组", "指标名称", "英文名称", "单位", "值类型", "指标属性", "指标解释", "适用层级",
            "适用地形", "草原地区", "沿海地区", "目标原文", "目标类型", "目标值", "目标年份", "其他目标参数（JSON）", "等级（由优到差）", "权重", "存疑", "来源"};
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            workbookParts(zip, List.of("版本信息", "指标"));
            StringBuilder header = new StringBuilder(sheetStart());
            String[][] items = {{"版本编号", "BENCH-EDITION"}, {"版次", "1"}, {"名称", "基准测试指标体系"}, {"计分方法", "达标率"}};
            for (int r = 0; r < items.length; r++) {
                header.append("<row r=\"").append(r + 1).append("\">")
                        .append(cell("A" + (r + 1), items[r][0])).append(cell("B" + (r + 1), items[r][1])).append("</row>");
            }
            entry(zip, "xl/worksheets/sheet1.xml", header.append("</sheetData></worksheet>").toString());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet2.xml"));
            long written = write(zip, sheetStart());
            StringBuilder row = new StringBuilder("<row r=\"1\">");
            for (int c = 0; c < columns.length; c++) {
                row.append(cell(col(c) + 1, columns[c]));
            }
            written += write(zip, row.append("</row>").toString());
            for (int r = 2; written < xmlBytes; r++) {
                if (toZipSize && r % 200 == 0 && Files.size(file) > 19_700_000L) {
                    break;
                }
                StringBuilder line = new StringBuilder("<row r=\"" + r + "\">");
                line.append(cell("A" + r, String.format("BE-%05d", r)))
                        .append("<c r=\"B" + r + "\"><v>" + r + "</v></c>")
                        .append(cell("D" + r, text(12)))
                        .append(cell("G" + r, "数值"))
                        .append(cell("H" + r, "参考性"))
                        .append(cell("I" + r, text(300)))
                        .append(cell("J" + r, "县级"))
                        .append(cell("N" + r, "≤500"))
                        .append(cell("V" + r, "synthetic"));
                written += write(zip, line.append("</row>").toString());
                if (toZipSize && r % 200 == 0) {
                    zip.flush();
                }
            }
            write(zip, "</sheetData></worksheet>");
            zip.closeEntry();
        }
    }

    /** A value workbook whose sheet is 1 GB of one repeated row, its directory claiming 1,000 bytes. */
    static void bomb(Path file) throws IOException {
        Path honest = Files.createTempFile("bomb", ".xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(honest))) {
            workbookParts(zip, List.of("指标数值"));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(zip, sheetStart());
            byte[] filler = new byte[1 << 20];
            java.util.Arrays.fill(filler, (byte) ' ');
            for (int i = 0; i < 1024; i++) {
                zip.write(filler);
            }
            write(zip, "</sheetData></worksheet>");
            zip.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(honest);
        Files.delete(honest);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 < bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50) {
                int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
                if (new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8).equals("xl/worksheets/sheet1.xml")) {
                    buffer.putInt(at + 24, 1000);
                }
            }
        }
        Files.write(file, bytes);
    }

    static void workbookParts(ZipOutputStream zip, List<String> sheets) throws IOException {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder list = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        for (int i = 1; i <= sheets.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet" + i
                    + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            list.append("<sheet name=\"" + sheets.get(i - 1) + "\" sheetId=\"" + i + "\" r:id=\"rId" + i + "\"/>");
            rels.append("<Relationship Id=\"rId" + i
                    + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet"
                    + i + ".xml\"/>");
        }
        entry(zip, "[Content_Types].xml", types.append("</Types>").toString());
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" + list
                + "</sheets></workbook>");
        entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels
                + "</Relationships>");
    }

    static String sheetStart() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    }

    /** A PDF of {@code pages} pages, each with an uncompressed content stream of about {@code bytesPerPage}. */
    static void pdf(Path file, int pages, int bytesPerPage) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            long[] at = {0};
            java.util.function.Consumer<String> w = s -> {
                byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                at[0] += b.length;
            };
            w.accept("%PDF-1.4\n");
            // 1: catalog, 2: pages, 3: font, then page i at 4 + 2i and its content at 5 + 2i
            offsets.add(at[0]);
            w.accept("1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n");
            offsets.add(at[0]);
            StringBuilder kids = new StringBuilder();
            for (int i = 0; i < pages; i++) {
                kids.append(4 + 2 * i).append(" 0 R ");
            }
            w.accept("2 0 obj<</Type/Pages/Count " + pages + "/Kids[" + kids + "]>>endobj\n");
            offsets.add(at[0]);
            w.accept("3 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n");
            for (int i = 0; i < pages; i++) {
                StringBuilder content = new StringBuilder("BT /F1 8 Tf 20 800 Td 10 TL\n");
                while (content.length() < bytesPerPage) {
                    content.append("(Benchmark page ").append(i + 1).append(" line ").append(RANDOM.nextLong()).append(") '\n");
                }
                content.append("ET");
                offsets.add(at[0]);
                w.accept((4 + 2 * i) + " 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 3 0 R>>>>/Contents "
                        + (5 + 2 * i) + " 0 R>>endobj\n");
                offsets.add(at[0]);
                w.accept((5 + 2 * i) + " 0 obj<</Length " + content.length() + ">>stream\n" + content + "\nendstream endobj\n");
            }
            long xref = at[0];
            w.accept("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            for (long offset : offsets) {
                w.accept(String.format("%010d 00000 n \n", offset));
            }
            w.accept("trailer<</Size " + (offsets.size() + 1) + "/Root 1 0 R>>\nstartxref\n" + xref + "\n%%EOF\n");
        }
    }

    static void png(Path file, int side) throws IOException {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, RANDOM.nextInt(1 << 24));
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }

    static void docx(Path file, long textBytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            zip.flush();
            while (Files.size(file) < textBytes) {
                for (int i = 0; i < 100; i++) {
                    write(zip, "<w:p><w:r><w:t>" + text(200) + "</w:t></w:r></w:p>");
                }
                zip.flush();
            }
            write(zip, "</w:body></w:document>");
            zip.closeEntry();
        }
    }

    static String col(int index) {
        return String.valueOf((char) ('A' + index));
    }

    static long write(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        return bytes.length;
    }

    static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, text);
        zip.closeEntry();
    }
}
