package cn.ecozone.indicator.internal.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the generated workbooks (a workbook may hold only so many styles). */
final class ExcelStyles {

    final CellStyle header;
    final CellStyle info;
    final CellStyle input;
    final CellStyle unused;
    final CellStyle locked;
    final CellStyle wrap;
    final CellStyle title;

    ExcelStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = bordered(workbook);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);

        info = bordered(workbook);
        info.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
        info.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        input = bordered(workbook);

        unused = bordered(workbook);
        unused.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        unused.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        Font grey = workbook.createFont();
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        locked = bordered(workbook);
        locked.setFont(grey);
        locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);

        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        style.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        style.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        style.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}
