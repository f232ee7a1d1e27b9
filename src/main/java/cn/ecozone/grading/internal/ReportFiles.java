package cn.ecozone.grading.internal;

import cn.ecozone.grading.GradingFacts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the annual evaluation report's files (年度评估报告, Xilingol art. 9; ADR 0031's choices): the DOCX
 * with Apache POI, the PDF with OpenPDF in Noto Sans CJK SC (the opinion module's configured font paths),
 * both from the same rows, in memory (a league has a dozen counties).
 */
@Component
public class ReportFiles {

    /** What the report says of one region. */
    public record Line(
            String regionName, String total, String band, String opinion, String feedback, String recommendation) {}

    /** The report's content. */
    public record Content(String title, String body, String intro, String bandNote, List<Line> lines, LocalDate on) {}

    private final List<Path> fonts;

    ReportFiles(
            @Value("${ecozone.opinion.font-paths:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,"
                            + "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc}")
                    List<String> paths) {
        this.fonts = paths.stream().map(String::strip).map(Path::of).toList();
    }

    private static final List<String> HEADINGS = List.of("序号", "旗县市（区）", "总分", "等次", "综合评议意见", "反馈与改进建议", "优先推荐（第10条）");

    public byte[] docx(Content c) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, c.title(), true, 16, ParagraphAlignment.CENTER);
            paragraph(doc, c.intro(), false, 11, ParagraphAlignment.LEFT);
            paragraph(doc, c.bandNote(), false, 9, ParagraphAlignment.LEFT);
            XWPFTable table = doc.createTable(c.lines().size() + 1, HEADINGS.size());
            for (int i = 0; i < HEADINGS.size(); i++) {
                table.getRow(0).getCell(i).setText(HEADINGS.get(i));
            }
            int r = 1;
            for (Line l : c.lines()) {
                XWPFTableRow row = table.getRow(r);
                List<String> cells = cells(r, l);
                for (int i = 0; i < cells.size(); i++) {
                    row.getCell(i).setText(cells.get(i));
                }
                r++;
            }
            paragraph(doc, c.body() + "\n" + chinese(c.on()), false, 11, ParagraphAlignment.RIGHT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf(Content c) {
        String face = face();
        try {
            BaseFont base = BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 16, Font.BOLD);
            Font bold = new Font(base, 10, Font.BOLD);
            Font body = new Font(base, 10);
            Font small = new Font(base, 8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
            PdfWriter.getInstance(doc, out);
            doc.open();
            Paragraph t = new Paragraph(c.title(), title);
            t.setAlignment(Element.ALIGN_CENTER);
            doc.add(t);
            doc.add(new Paragraph(c.intro(), body));
            doc.add(new Paragraph(c.bandNote(), small));
            PdfPTable table = new PdfPTable(new float[] {1, 3, 2, 2, 6, 6, 4});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            HEADINGS.forEach(h -> table.addCell(new PdfPCell(new Phrase(h, bold))));
            int r = 1;
            for (Line l : c.lines()) {
                for (String cell : cells(r++, l)) {
                    table.addCell(new Phrase(cell, body));
                }
            }
            doc.add(table);
            Paragraph sign = new Paragraph(c.body() + "\n" + chinese(c.on()), body);
            sign.setAlignment(Element.ALIGN_RIGHT);
            sign.setSpacingBefore(12);
            doc.add(sign);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(int index, Line l) {
        return List.of(
                String.valueOf(index),
                l.regionName(),
                l.total(),
                l.band(),
                l.opinion(),
                l.feedback() == null ? "" : l.feedback(),
                l.recommendation());
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        String[] lines = text.split("\n");
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("宋体");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    /** The Simplified Chinese face of the first readable Noto Sans CJK collection. */
    private String face() {
        return fonts.stream()
                .filter(Files::isReadable)
                .findFirst()
                .flatMap(ReportFiles::scFace)
                .orElseThrow(() -> new GradingFacts.FontMissing(fonts.toString()));
    }

    private static Optional<String> scFace(Path ttc) {
        try {
            String[] names = BaseFont.enumerateTTCNames(ttc.toString());
            for (int i = 0; i < names.length; i++) {
                if (names[i].startsWith("NotoSansCJKsc")) {
                    return Optional.of(ttc + "," + i);
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
