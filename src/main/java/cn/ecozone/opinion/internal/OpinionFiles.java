package cn.ecozone.opinion.internal;

import cn.ecozone.opinion.OpinionContent;
import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Makes an opinion's files (ADR 0031): the DOCX from the Word template {@code opinion/opinion-template.docx}
 * with poi-tl, and the PDF with OpenPDF in Noto Sans CJK SC ({@link ChineseFont}), both from the same
 * generated sections ({@link OpinionText}). The opinion's text is small (a round's candidacies), so the
 * files are made in memory.
 */
@Component
public class OpinionFiles {

    static final String TEMPLATE = "opinion/opinion-template.docx";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ChineseFont font;
    private final Clock clock;

    OpinionFiles(ChineseFont font, Clock clock) {
        this.font = font;
        this.clock = clock;
    }

    /** The files of one opinion and the sections they were made from (frozen with it). */
    public record Made(String baseName, byte[] docx, byte[] pdf, OpinionContent content) {}

    /**
     * Makes both files of the opinion as it stands.
     *
     * @throws cn.ecozone.opinion.OpinionFacts.FontMissing when the Chinese font is not installed
     */
    public Made make(OpinionEntity o, OpinionContent content) {
        String face = font.face();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        Map<String, Object> model = model(o, content, today);
        String base = o.title().replaceAll("[\\\\/:*?\"<>|\\s]", "");
        return new Made(
                base.isEmpty() ? "opinion-" + o.id() : base, docx(model), pdf(o, content, face, today), content);
    }

    private static Map<String, Object> model(OpinionEntity o, OpinionContent c, LocalDate today) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", o.title());
        m.put("documentNumber", o.documentNumber() == null ? "" : o.documentNumber());
        m.put("bodyZh", c.bodyZh());
        m.put("roundTitle", c.roundTitle());
        m.put("basis", basis(c));
        m.put("opening", o.opening() == null ? "" : o.opening());
        m.put("conclusion", o.conclusion() == null ? "" : o.conclusion());
        m.put("issuedOn", chineseDate(today));
        m.put("listHeading", OpinionText.listHeading());
        List<Map<String, Object>> rows = new ArrayList<>();
        int i = 1;
        for (OpinionContent.Candidacy d : c.candidacies()) {
            rows.add(Map.of(
                    "index", String.valueOf(i++),
                    "subjectName", d.subjectName(),
                    "regionName", d.regionName() == null ? "" : d.regionName(),
                    "programmeZh", d.programmeZh(),
                    "submittedOn",
                            d.submittedOn() == null ? "" : d.submittedOn().toString()));
        }
        m.put("candidacies", rows);
        m.put(
                "sections",
                OpinionText.sections(c).stream()
                        .map(s -> Map.<String, Object>of("heading", s.heading(), "text", String.join("\n", s.lines())))
                        .toList());
        return m;
    }

    private static byte[] docx(Map<String, Object> model) {
        Configure config = Configure.builder()
                .bind("candidacies", new LoopRowTableRenderPolicy())
                .build();
        try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream();
                XWPFTemplate template = XWPFTemplate.compile(in, config).render(model);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            template.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(OpinionEntity o, OpinionContent c, String face, LocalDate today) {
        try {
            BaseFont base = BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 18, Font.BOLD);
            Font heading = new Font(base, 13, Font.BOLD);
            Font body = new Font(base, 11);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
            PdfWriter.getInstance(doc, out);
            doc.open();
            Paragraph t = new Paragraph(o.title(), title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingAfter(6);
            doc.add(t);
            if (o.documentNumber() != null) {
                Paragraph n = new Paragraph(o.documentNumber(), body);
                n.setAlignment(Element.ALIGN_CENTER);
                doc.add(n);
            }
            doc.add(paragraph(basis(c), body));
            if (o.opening() != null) {
                doc.add(paragraph(o.opening(), body));
            }
            doc.add(paragraph(OpinionText.listHeading(), heading));
            PdfPTable table = new PdfPTable(new float[] {1, 5, 4, 4, 3});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            for (String h : List.of("序号", "申报主体", "所在地区", "类别", "申报日期")) {
                table.addCell(new PdfPCell(new Phrase(h, heading)));
            }
            int i = 1;
            for (OpinionContent.Candidacy d : c.candidacies()) {
                table.addCell(new Phrase(String.valueOf(i++), body));
                table.addCell(new Phrase(d.subjectName(), body));
                table.addCell(new Phrase(d.regionName() == null ? "" : d.regionName(), body));
                table.addCell(new Phrase(d.programmeZh(), body));
                table.addCell(new Phrase(
                        d.submittedOn() == null ? "" : d.submittedOn().toString(), body));
            }
            doc.add(table);
            for (OpinionText.Section s : OpinionText.sections(c)) {
                doc.add(paragraph(s.heading(), heading));
                for (String line : s.lines()) {
                    doc.add(paragraph(line, body));
                }
            }
            if (o.conclusion() != null) {
                doc.add(paragraph(o.conclusion(), body));
            }
            doc.add(Chunk.NEWLINE);
            Paragraph sign = new Paragraph(c.bodyZh() + "\n" + chineseDate(today), body);
            sign.setAlignment(Element.ALIGN_RIGHT);
            doc.add(sign);
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

    /** The sentence that says on what the opinion rests: the round and the step's article. */
    private static String basis(OpinionContent c) {
        return "根据" + (c.article() == null ? "有关规定" : "规程" + c.article()) + "，" + c.bodyZh() + "对" + c.roundTitle()
                + "的" + c.candidacies().size() + "个申报地区形成意见如下。";
    }

    private static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
