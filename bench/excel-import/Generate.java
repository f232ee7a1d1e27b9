import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates the input of the Excel import benchmark, with the JDK only (run as {@code java Generate.java}):
 *
 * <ul>
 *   <li>{@code classpath/indicator-editions/bench-excel.yaml}: a synthetic edition BENCH-EXCEL with
 *       {@code indicators} indicators (every 10th yes/no, a third percentages, the rest numbers) for the
 *       years {@code first}–{@code last}, loaded by the platform at start-up like the shipped editions;
 *   <li>{@code bench-excel.xlsx}: one value per indicator and year for one region, in the template's
 *       layout, written as Excel writes it (shared strings, one sheet), seeded random values.
 * </ul>
 *
 * <p>Usage: {@code java Generate.java OUT_DIR REGION_CODE REGION_NAME INDICATORS FIRST_YEAR LAST_YEAR}
 */
public class Generate {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        String region = args[1];
        String regionName = args[2];
        int indicators = Integer.parseInt(args[3]);
        int first = Integer.parseInt(args[4]);
        int last = Integer.parseInt(args[5]);
        edition(out.resolve("classpath/indicator-editions/bench-excel.yaml"), indicators, first, last);
        int rows = workbook(out.resolve("bench-excel.xlsx"), region, regionName, indicators, first, last);
        System.out.println("generated " + rows + " values: " + indicators + " indicators x " + (last - first + 1)
                + " years for " + region + " " + regionName);
    }

    static String type(int i) {
        return i % 10 == 0 ? "YES_NO" : i % 3 == 1 ? "PERCENTAGE" : "NUMBER";
    }

    static String code(int i) {
        return String.format("BX-%04d", i);
    }

    static void edition(Path file, int indicators, int first, int last) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("""
                    # Synthetic edition for the Excel import benchmark (bench/excel-import); never shipped.
                    code: BENCH-EXCEL
                    version: 1
                    title_zh: "Excel导入基准测试指标体系（合成数据）"
                    title_en: "Excel import benchmark edition (synthetic)"
                    issuer_zh: "基准测试"
                    document_zh: "基准测试"
                    issued: 2025-01-01
                    source: "bench/excel-import/Generate.java"
                    complete: true
                    levels: [COUNTY]
                    """);
            w.write("first_year: " + first + "\nlast_year: " + last + "\n");
            w.write("""
                    score:
                      method: SHARE_MET
                      note_zh: "合成数据，仅用于基准测试"
                      note_en: "Synthetic data for the benchmark only"
                    groups:
                    """);
            for (int g = 0; g * 100 < indicators; g++) {
                w.write("  - code: G" + g + "\n    name_zh: \"第" + (g + 1) + "组\"\n    name_en: \"Group " + (g + 1)
                        + "\"\n    indicators:\n");
                for (int i = g * 100 + 1; i <= Math.min(indicators, g * 100 + 100); i++) {
                    String type = type(i);
                    String target = switch (type) {
                        case "YES_NO" -> "{kind: ESTABLISHED}";
                        case "PERCENTAGE" -> "{kind: AT_LEAST, value: 60}";
                        default -> "{kind: AT_MOST, value: 500}";
                    };
                    String text = switch (type) {
                        case "YES_NO" -> "建立实施";
                        case "PERCENTAGE" -> "≥60%";
                        default -> "≤500";
                    };
                    w.write("      - code: " + code(i) + "\n"
                            + "        name_zh: \"合成指标" + i + "\"\n"
                            + "        name_en: \"Synthetic indicator " + i + "\"\n"
                            + (type.equals("PERCENTAGE") ? "        unit: \"%\"\n" : "")
                            + "        value_type: " + type + "\n"
                            + "        binding: REFERENCE\n"
                            + "        target_text_zh: \"" + text + "\"\n"
                            + "        target: " + target + "\n"
                            + "        source: \"synthetic\"\n");
                }
            }
        }
    }

    /** Writes the workbook; returns the number of data rows. */
    static int workbook(Path file, String region, String regionName, int indicators, int first, int last)
            throws IOException {
        Map<String, Integer> strings = new LinkedHashMap<>();
        List<String> headers = List.of(
                "行政区划代码", "行政区划名称", "年度", "指标编号", "指标名称", "单位", "目标值（参考）", "数值", "是/否", "数据来源", "备注");
        Random random = new Random(20260101L);
        int rows = 0;
        Path sheet = Files.createTempFile("bench-sheet", ".xml");
        try (Writer w = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            w.write("<row r=\"1\">");
            for (int c = 0; c < headers.size(); c++) {
                w.write(s(strings, col(c) + 1, headers.get(c)));
            }
            w.write("</row>");
            int r = 1;
            for (int year = first; year <= last; year++) {
                for (int i = 1; i <= indicators; i++) {
                    r++;
                    String type = type(i);
                    w.write("<row r=\"" + r + "\">");
                    w.write(s(strings, "A" + r, region));
                    w.write(s(strings, "B" + r, regionName));
                    w.write("<c r=\"C" + r + "\"><v>" + year + "</v></c>");
                    w.write(s(strings, "D" + r, code(i)));
                    w.write(s(strings, "E" + r, "合成指标" + i));
                    if (type.equals("PERCENTAGE")) {
                        w.write(s(strings, "F" + r, "%"));
                    }
                    w.write(s(strings, "G" + r, switch (type) {
                        case "YES_NO" -> "建立实施";
                        case "PERCENTAGE" -> "≥60%";
                        default -> "≤500";
                    }));
                    switch (type) {
                        case "YES_NO" -> w.write(s(strings, "I" + r, random.nextInt(4) == 0 ? "否" : "是"));
                        case "PERCENTAGE" ->
                            w.write("<c r=\"H" + r + "\"><v>" + Math.round(random.nextDouble() * 1000) / 10.0 + "</v></c>");
                        default ->
                            w.write("<c r=\"H" + r + "\"><v>" + Math.round(random.nextDouble() * 100000) / 100.0 + "</v></c>");
                    }
                    w.write(s(strings, "J" + r, "统计年鉴（基准测试合成数据）"));
                    w.write("</row>");
                    rows++;
                }
            }
            w.write("</sheetData></worksheet>");
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="指标数值" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
                    <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
                    <borders count="1"><border/></borders>\
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                    <cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>\
                    </styleSheet>""");
            StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\""
                    + strings.size() + "\">");
            for (String text : strings.keySet()) {
                sst.append("<si><t>").append(text.replace("&", "&amp;").replace("<", "&lt;")).append("</t></si>");
            }
            entry(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Files.copy(sheet, zip);
            zip.closeEntry();
        } finally {
            Files.deleteIfExists(sheet);
        }
        return rows;
    }

    static String col(int index) {
        return String.valueOf((char) ('A' + index));
    }

    static String s(Map<String, Integer> strings, String ref, String text) {
        int index = strings.computeIfAbsent(text, t -> strings.size());
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
