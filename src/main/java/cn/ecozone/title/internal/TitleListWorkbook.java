package cn.ecozone.title.internal;

import cn.ecozone.shared.ListWorkbook;
import cn.ecozone.title.TitleView;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The staff's title list as an .xlsx workbook with Chinese headers (issue 14 §5), in the list's order. */
@Component
public class TitleListWorkbook {

    static final List<String> HEADERS =
            List.of("创建主体", "行政区划代码", "行政区划名称", "创建类型", "命名机关", "命名文号", "命名日期", "有效期（年）", "有效期至", "状态");

    public void write(List<TitleView> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "称号",
                HEADERS,
                rows,
                t -> Arrays.asList(
                        t.subjectName(),
                        t.regionCode(),
                        t.regionName(),
                        t.programme().nameZh(),
                        t.namingBodyZh(),
                        t.documentNumber(),
                        t.namedOn().toString(),
                        t.validityYears(),
                        t.validUntil().toString() + (t.validityUncertain() ? "（有效期待核实）" : ""),
                        switch (t.state()) {
                            case VALID -> "有效";
                            case EXPIRED -> "已到期";
                            case REVOKED -> "已撤销";
                        }),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        ListWorkbook.count("称号数", "个", rows.size(), total)),
                out);
    }
}
