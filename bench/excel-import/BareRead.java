import java.io.File;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The baseline of the Excel import benchmark: a bare streaming read of the same workbook with
 * fastexcel-reader (the import's reader, with the same options), touching every cell's value once and
 * keeping nothing. Run by {@code run.sh} in the same run as the import, with the same heap cap.
 *
 * <p>Usage: {@code java -cp FASTEXCEL_JARS BareRead.java WORKBOOK}; prints {@code rows=N ms=M}, where M is
 * the time of the read alone (opening the workbook to closing it, a cold JVM, start-up not counted).
 */
public class BareRead {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        long touched = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new File(args[0]), new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<Row> stream = sheet.openStream()) {
                    Iterator<Row> it = stream.iterator();
                    while (it.hasNext()) {
                        Row row = it.next();
                        rows++;
                        for (int i = 0; i < row.getCellCount(); i++) {
                            Cell cell = row.getCell(i);
                            if (cell != null && cell.getRawValue() != null) {
                                touched += cell.getRawValue().length();
                            }
                        }
                    }
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("rows=" + rows + " chars=" + touched + " ms=" + ms);
    }
}
