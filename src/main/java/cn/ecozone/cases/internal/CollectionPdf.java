package cn.ecozone.cases.internal;

import cn.ecozone.cases.CaseView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Chapter;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Writes the yearly collection (案例集, Xilingol art. 14) as PDF with OpenPDF and Noto Sans CJK (ADR
 * 0031): a cover, a table of contents, then one section per case with its story, its figures and its
 * first photo. Pure: the caller gathers the cases.
 */
@Component
public class CollectionPdf {

    private final CollectionFont font;

    CollectionPdf(CollectionFont font) {
        this.font = font;
    }

    /** One case as the collection prints it; {@code photo} the first photo's bytes, or null. */
    public record Entry(
            String title,
            String regionName,
            String unitName,
            String pathZh,
            String story,
            List<CaseView.Result> results,
            byte[] photo) {}

    /**
     * The PDF. @param officeZh the office's region, e.g. 锡林郭勒盟 @throws cn.ecozone.cases.CaseFacts.FontMissing
     * (503) when the font is absent
     */
    public byte[] write(String officeZh, int year, List<Entry> entries, String generatedOn) {
        String face = font.face();
        try {
            BaseFont base = BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font cover = new Font(base, 24, Font.BOLD);
            Font heading = new Font(base, 15, Font.BOLD);
            Font small = new Font(base, 10);
            Font body = new Font(base, 11);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(officeZh + year + "年“两山”转化典型案例集");
            doc.open();
            for (int i = 0; i < 8; i++) {
                doc.add(Chunk.NEWLINE);
            }
            Paragraph title = new Paragraph(officeZh + "\n" + year + "年“两山”转化典型案例集", cover);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setLeading(40);
            doc.add(title);
            Paragraph date = new Paragraph("共" + entries.size() + "个案例　" + generatedOn, body);
            date.setAlignment(Element.ALIGN_CENTER);
            date.setSpacingBefore(24);
            doc.add(date);
            doc.newPage();
            doc.add(paragraph("目录", heading));
            int n = 1;
            for (Entry e : entries) {
                doc.add(paragraph(n++ + "．" + e.title() + "（" + e.regionName() + "）", body));
            }
            n = 1;
            for (Entry e : entries) {
                Chapter chapter = new Chapter(new Paragraph(e.title(), heading), n++);
                chapter.setTriggerNewPage(true);
                chapter.add(paragraph(
                        e.regionName() + (e.unitName() == null ? "" : "　" + e.unitName()) + "　转化路径：" + e.pathZh(),
                        small));
                for (String line : e.story().split("\\R+")) {
                    chapter.add(paragraph(line, body));
                }
                if (!e.results().isEmpty()) {
                    PdfPTable table = new PdfPTable(new float[] {5, 3, 2});
                    table.setWidthPercentage(100);
                    table.setSpacingBefore(8);
                    for (String h : List.of("成效", "数值", "单位")) {
                        table.addCell(new PdfPCell(new Phrase(h, small)));
                    }
                    for (CaseView.Result r : e.results()) {
                        table.addCell(new Phrase(r.label(), body));
                        table.addCell(new Phrase(r.value().toPlainString(), body));
                        table.addCell(new Phrase(r.unit() == null ? "" : r.unit(), body));
                    }
                    chapter.add(table);
                }
                if (e.photo() != null) {
                    Image image = Image.getInstance(e.photo());
                    image.scaleToFit(475, 300);
                    image.setSpacingBefore(8);
                    chapter.add(image);
                }
                doc.add(chapter);
            }
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(4);
        p.setLeading(font.getSize() * 1.6f);
        return p;
    }
}
