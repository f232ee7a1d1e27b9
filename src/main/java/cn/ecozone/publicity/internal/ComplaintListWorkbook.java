package cn.ecozone.publicity.internal;

import cn.ecozone.publicity.ComplaintState;
import cn.ecozone.publicity.ComplaintView;
import cn.ecozone.publicity.Finding;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The staff's complaint list as an .xlsx workbook with Chinese headers (issue 14 §5), in the list's
 * order: what the list shows, the tracking number only to its investigator, and never the
 * complainant's name, contact or text (personal data is not exported in bulk).
 */
@Component
public class ComplaintListWorkbook {

    static final List<String> HEADERS = List.of("查询编号", "公示标题", "创建主体", "地区", "收到时间", "办理期限", "状态", "核实结论", "结论时间");

    public void write(List<ComplaintView> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "投诉",
                HEADERS,
                rows,
                c -> Arrays.asList(
                        c.trackingNumber(),
                        c.noticeTitle(),
                        c.subjectName(),
                        c.regionName(),
                        ListWorkbook.TIME.format(c.receivedAt()),
                        c.dueOn() == null ? null : c.dueOn().toString(),
                        state(c.state()),
                        c.finding() == null ? null : finding(c.finding()),
                        c.foundAt() == null ? null : ListWorkbook.TIME.format(c.foundAt())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        "不导出投诉人姓名、联系方式和投诉内容；查询编号仅向核实单位导出。",
                        ListWorkbook.count("投诉数", "件", rows.size(), total)),
                out);
    }

    private static String state(ComplaintState s) {
        return switch (s) {
            case RECEIVED -> "已受理";
            case INVESTIGATING -> "调查核实中";
            case FOUND -> "已形成核实结论";
        };
    }

    private static String finding(Finding f) {
        return switch (f) {
            case TRUE -> "属实";
            case UNTRUE -> "不属实";
            case UNSUPPORTED -> "查无实据";
            case RESOLVED -> "已整改解决";
        };
    }
}
