package cn.ecozone.publicity.internal;

import cn.ecozone.publicity.NoticeState;
import cn.ecozone.publicity.NoticeSummary;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The staff's notice list as an .xlsx workbook with Chinese headers (issue 14 §5), in the list's order. */
@Component
public class NoticeListWorkbook {

    static final List<String> HEADERS = List.of("公示标题", "发布机关", "文号", "环节", "公示开始日期", "公示截止日期", "状态", "是否公示中", "列入数");

    public void write(List<NoticeSummary> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "公示",
                HEADERS,
                rows,
                n -> Arrays.asList(
                        n.title(),
                        n.issuerName(),
                        n.documentNumber(),
                        n.stepCode(),
                        n.publishedOn().toString(),
                        n.endsOn().toString(),
                        n.state() == NoticeState.PUBLISHED ? "已发布" : "草稿",
                        n.open() ? "是" : "否",
                        n.listed()),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        ListWorkbook.count("公示数", "份", rows.size(), total)),
                out);
    }
}
