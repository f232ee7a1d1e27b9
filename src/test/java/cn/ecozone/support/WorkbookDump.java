package cn.ecozone.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An .xlsx workbook as lines of text, for comparing exports: per sheet its name, frozen pane, auto
 * filter and column widths, then every cell with its type, value and whether it is bold.
 */
public final class WorkbookDump {

    private WorkbookDump() {}

    public static List<String> of(byte[] xlsx) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                var pane = sheet.getPaneInformation();
                lines.add("sheet " + sheet.getSheetName() + " frozen="
                        + (pane == null
                                ? "none"
                                : pane.getHorizontalSplitPosition() + "," + pane.getVerticalSplitPosition()));
                lines.add("filter "
                        + (sheet.getCTWorksheet().isSetAutoFilter()
                                ? sheet.getCTWorksheet().getAutoFilter().getRef()
                                : "none"));
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        lines.add(cell.getAddress() + " " + cell.getCellType() + " " + cell + " bold="
                                + workbook.getFontAt(cell.getCellStyle().getFontIndex())
                                        .getBold()
                                + " width=" + sheet.getColumnWidth(cell.getColumnIndex()));
                    }
                }
            }
        }
        return lines;
    }
}
