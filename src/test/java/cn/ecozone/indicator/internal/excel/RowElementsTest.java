package cn.ecozone.indicator.internal.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan that gives the import's progress bar its total without a second streaming read. */
class RowElementsTest {

    static int count(String xml) throws IOException {
        return RowElements.count(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void countsRowStartTagsWithOrWithoutANamespacePrefixAndNothingElse() throws IOException {
        assertThat(count("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                        + "<row r=\"2\"/><x:row r=\"3\"></x:row><rows/><arrow/><row>\n</row></sheetData></worksheet>"))
                .isEqualTo(4);
        assertThat(count("<sheetData></sheetData>")).isZero();
    }

    @Test
    void countsTheRowsOfEveryWorksheetOfAWorkbook(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("w.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet data = workbook.createSheet("指标数值");
            for (int i = 0; i < 1_234; i++) {
                data.createRow(i).createCell(0).setCellValue("行 " + i);
            }
            workbook.createSheet("填写说明").createRow(0).createCell(0).setCellValue("说明");
            workbook.write(out);
        }

        assertThat(RowElements.count(file)).isEqualTo(1_235);
    }
}
