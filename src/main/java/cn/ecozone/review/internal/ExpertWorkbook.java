package cn.ecozone.review.internal;

import cn.ecozone.document.Upload;
import cn.ecozone.document.WorkbookUpload;
import cn.ecozone.shared.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pool's workbook: the columns of an export, which an import reads back (fastexcel-reader,
 * streamed). An upload is taken into a private working file, size-limited, and checked by content, never
 * by name ({@link WorkbookUpload}, shared with the registry's import).
 */
@Component
public class ExpertWorkbook {

    /** The columns, in order; a header may carry a trailing {@code *} (required). */
    public static final List<String> HEADERS = List.of("姓名", "专业领域", "工作单位", "单位所在地区代码", "职称", "联系方式");

    private static final Set<String> REQUIRED = Set.of("姓名", "专业领域", "工作单位", "单位所在地区代码");
    private static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final int MAX_ROWS = 2_000;

    private final Path directory;

    ExpertWorkbook(@Value("${ecozone.instance.work-dir}/review") Path directory) {
        this.directory = directory;
    }

    /** A data row as read: its Excel row number and its cells by header. */
    public record ReadRow(int row, Map<String, String> cells) {}

    /**
     * The data rows of the upload's first sheet.
     *
     * @throws ApiException 400 empty or a required column missing, 413 too large, 415 not an .xlsx, 422
     *     unsafe or more than 2,000 rows
     */
    public List<ReadRow> read(Upload upload) {
        Path file = WorkbookUpload.take(
                upload, new WorkbookUpload.Terms(directory, "experts-", MAX_BYTES, "review.import."));
        try {
            return rows(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            WorkbookUpload.delete(file);
        }
    }

    private static List<ReadRow> rows(Path file) throws IOException {
        List<ReadRow> out = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = stream.iterator();
            if (!it.hasNext()) {
                throw ApiException.invalid("file", "review.import.no-header");
            }
            Row header = it.next();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.getCellCount(); i++) {
                String t = header.getCellText(i);
                if (t != null && !t.isBlank()) {
                    index.putIfAbsent(t.replace("*", "").strip(), i);
                }
            }
            for (String h : HEADERS) {
                if (REQUIRED.contains(h) && !index.containsKey(h)) {
                    throw ApiException.invalid("file", "review.import.column-missing", h);
                }
            }
            while (it.hasNext()) {
                Row row = it.next();
                Map<String, String> cells = new HashMap<>();
                for (String h : HEADERS) {
                    Integer i = index.get(h);
                    if (i != null && i < row.getCellCount()) {
                        String t = row.getCellText(i);
                        if (t != null && !t.isBlank()) {
                            cells.put(h, t.strip());
                        }
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                if (out.size() >= MAX_ROWS) {
                    throw ApiException.unprocessable("too-many-rows", "file", "review.import.too-many-rows", MAX_ROWS);
                }
                out.add(new ReadRow(row.getRowNum(), cells));
            }
        }
        return out;
    }
}
