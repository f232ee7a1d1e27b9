package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.RoundView;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The list of application rounds as an .xlsx workbook with Chinese headers (issue 14 §5), in the list's order. */
@Component
public class RoundListWorkbook {

    static final List<String> HEADERS = List.of("批次名称", "创建类型", "依据规定", "开始日期", "截止日期", "申报通知文件", "申报时间规定", "条款", "状态");

    public void write(List<RoundView> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "申报批次",
                HEADERS,
                rows,
                r -> Arrays.asList(
                        r.title(),
                        r.programme().nameZh(),
                        r.regulationCode() + " 第" + r.regulationVersion() + "版",
                        r.opensOn().toString(),
                        r.closesOn().toString(),
                        r.callDocument() == null ? "平台按年度自动设立" : r.callDocument(),
                        r.windowTextZh(),
                        r.article(),
                        r.open() ? "申报中" : "未在申报期"),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        "状态按导出当日（北京时间）判断。",
                        ListWorkbook.count("申报批次数", "个", rows.size(), total)),
                out);
    }
}
