// Writes src/main/resources/opinion/opinion-template.docx, the Word template of the opinion (ADR 0031),
// once; the template is committed and edited in Word from then on. poi-tl tags: {{name}} text,
// {{?sections}}…{{/sections}} a repeated block, and the table row after {{candidacies}} is repeated
// for each candidacy ([name] cells). Run (from the repository root, after a build):
//   java -cp "$(cat target/cp.txt)" tools/opinion-template/MakeOpinionTemplate.java
// where target/cp.txt comes from ./mvnw dependency:build-classpath -Dmdep.outputFile=target/cp.txt
import java.io.FileOutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

public class MakeOpinionTemplate {

    public static void main(String[] args) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            line(doc, "{{title}}", 18, true, ParagraphAlignment.CENTER);
            line(doc, "{{documentNumber}}", 12, false, ParagraphAlignment.CENTER);
            line(doc, "{{basis}}", 12, false, ParagraphAlignment.LEFT);
            line(doc, "{{opening}}", 12, false, ParagraphAlignment.LEFT);
            line(doc, "{{listHeading}}", 14, true, ParagraphAlignment.LEFT);
            XWPFTable table = doc.createTable(2, 5);
            String[] heads = {"{{candidacies}}序号", "申报主体", "所在地区", "类别", "申报日期"};
            String[] cells = {"[index]", "[subjectName]", "[regionName]", "[programmeZh]", "[submittedOn]"};
            for (int i = 0; i < 5; i++) {
                table.getRow(0).getCell(i).setText(heads[i]);
                table.getRow(1).getCell(i).setText(cells[i]);
            }
            line(doc, "{{?sections}}", 12, false, ParagraphAlignment.LEFT);
            line(doc, "{{heading}}", 14, true, ParagraphAlignment.LEFT);
            line(doc, "{{text}}", 12, false, ParagraphAlignment.LEFT);
            line(doc, "{{/sections}}", 12, false, ParagraphAlignment.LEFT);
            line(doc, "{{conclusion}}", 12, false, ParagraphAlignment.LEFT);
            line(doc, "{{bodyZh}}", 12, false, ParagraphAlignment.RIGHT);
            line(doc, "{{issuedOn}}", 12, false, ParagraphAlignment.RIGHT);
            try (FileOutputStream out = new FileOutputStream("src/main/resources/opinion/opinion-template.docx")) {
                doc.write(out);
            }
        }
    }

    private static void line(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily("宋体");
    }
}
