package cn.ecozone.report.internal;

import cn.ecozone.indicator.Scorecard;
import cn.ecozone.report.BimReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.stereotype.Component;

/**
 * Makes the consolidated Beautiful Inner Mongolia report (seed 004 art. 41) as DOCX (Apache POI) and PDF
 * (OpenPDF in Noto Sans CJK SC), both from the same content: the basis, every received report (leagues,
 * then departments, in the order received) and the target table of the {@code BIM-2024} scorecard of the
 * autonomous region for the year (ADR 0031's pattern, ADR 0034). Small enough to be made in memory.
 */
@Component
public class BimFiles {

    static final List<String> TABLE_HEADINGS = List.of("序号", "指标", "目标", "当年值", "单位", "进展");

    private final ReportFont font;

    BimFiles(ReportFont font) {
        this.font = font;
    }

    /** What the consolidated report is made from. */
    public record Content(
            int year,
            String consolidatorZh,
            String article,
            String basisZh,
            List<BimReport> reports,
            Scorecard targets,
            LocalDate madeOn) {

        String title() {
            return year + "年度美丽内蒙古建设进展情况汇总报告";
        }

        String basis() {
            return "根据《关于全面推进美丽内蒙古建设的实施意见》" + article + "（" + basisZh + "），" + consolidatorZh + "汇总了" + year + "年度收到的"
                    + reports.size() + "份书面报告和美丽内蒙古建设目标进展情况，报告如下。";
        }
    }

    public record Made(String baseName, byte[] docx, byte[] pdf) {}

    /** @throws cn.ecozone.report.ReportFacts.FontMissing when the Chinese font is not installed */
    public Made make(Content c) {
        String face = font.face();
        return new Made(c.year() + "年度美丽内蒙古建设进展汇总报告", docx(c), pdf(c, face));
    }

    private static List<String> row(int i, Scorecard.Row r) {
        return List.of(
                String.valueOf(i),
                r.name(),
                r.appliedTarget() != null ? r.appliedTarget() : nz(r.targetText()),
                r.value() == null ? "—" : trim(r.value()),
                nz(r.unit()),
                r.status() == null ? "" : status(r.status().name()));
    }

    private static byte[] docx(Content c) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setBold(true);
            t.setFontSize(18);
            t.setText(c.title());
            text(doc, c.basis(), false);
            text(doc, "一、各盟市和自治区有关部门报送情况", true);
            int n = 1;
            for (BimReport r : c.reports()) {
                text(doc, "（" + n++ + "）" + r.senderName(), true);
                for (String line : r.text().split("\n")) {
                    text(doc, line, false);
                }
            }
            text(doc, "二、美丽内蒙古建设目标进展", true);
            List<Scorecard.Row> rows =
                    c.targets() == null ? List.of() : c.targets().rows();
            XWPFTable table = doc.createTable(rows.size() + 1, TABLE_HEADINGS.size());
            fill(table.getRow(0), TABLE_HEADINGS);
            for (int i = 0; i < rows.size(); i++) {
                fill(table.getRow(i + 1), row(i + 1, rows.get(i)));
            }
            XWPFParagraph sign = doc.createParagraph();
            sign.setAlignment(ParagraphAlignment.RIGHT);
            sign.createRun().setText(c.consolidatorZh() + " " + chineseDate(c.madeOn()));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(XWPFDocument doc, String text, boolean bold) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(bold);
        run.setText(text);
    }

    private static void fill(XWPFTableRow row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.getCell(i).setText(cells.get(i));
        }
    }

    private static byte[] pdf(Content c, String face) {
        try {
            BaseFont base = BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 18, Font.BOLD);
            Font heading = new Font(base, 13, Font.BOLD);
            Font body = new Font(base, 11);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
            PdfWriter.getInstance(doc, out);
            doc.open();
            Paragraph t = new Paragraph(c.title(), title);
            t.setAlignment(Element.ALIGN_CENTER);
            doc.add(t);
            doc.add(paragraph(c.basis(), body));
            doc.add(paragraph("一、各盟市和自治区有关部门报送情况", heading));
            int n = 1;
            for (BimReport r : c.reports()) {
                doc.add(paragraph("（" + n++ + "）" + r.senderName(), heading));
                for (String line : r.text().split("\n")) {
                    doc.add(paragraph(line, body));
                }
            }
            doc.add(paragraph("二、美丽内蒙古建设目标进展", heading));
            PdfPTable table = new PdfPTable(new float[] {1, 6, 4, 3, 2, 2});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            TABLE_HEADINGS.forEach(h -> table.addCell(new PdfPCell(new Phrase(h, heading))));
            List<Scorecard.Row> rows =
                    c.targets() == null ? List.of() : c.targets().rows();
            for (int i = 0; i < rows.size(); i++) {
                row(i + 1, rows.get(i)).forEach(cell -> table.addCell(new Phrase(cell, body)));
            }
            doc.add(table);
            Paragraph sign = new Paragraph(c.consolidatorZh() + "\n" + chineseDate(c.madeOn()), body);
            sign.setAlignment(Element.ALIGN_RIGHT);
            sign.setSpacingBefore(12);
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

    private static String status(String attainment) {
        return switch (attainment) {
            case "MET" -> "已达到";
            case "NOT_MET" -> "未达到";
            case "NO_DATA" -> "无数据";
            case "NOT_APPLICABLE" -> "不适用";
            default -> "需研判";
        };
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
