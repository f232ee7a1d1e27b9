package cn.ecozone.reward.internal;

import cn.ecozone.reward.RewardView;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes the province's reward list as an .xlsx workbook: one sheet of rewards, one that says what was exported. */
@Component
public class RewardWorkbook {

    static final List<String> HEADERS =
            List.of("行政区划代码", "行政区划名称", "创建主体", "创建类型", "奖励金额（元）", "奖励日期", "文号", "发文机关", "备注", "最后更新");

    public void write(List<RewardView> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "资金奖励",
                HEADERS,
                rows,
                r -> Arrays.asList(
                        r.regionCode(),
                        r.regionName(),
                        r.subjectName(),
                        r.programme().nameZh(),
                        r.amount(),
                        r.awardedOn().toString(),
                        r.documentNumber(),
                        r.issuingBody(),
                        r.note(),
                        ListWorkbook.TIME.format(r.updatedAt())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        ListWorkbook.count("奖励数", "条", rows.size(), total),
                        "依据：《内蒙古自治区创建国家生态文明建设示范区管理规程》第二十条；"
                                + "《内蒙古自治区创建国家“绿水青山就是金山银山”实践创新基地管理规程》第十九条；"
                                + "《贵州省“绿水青山就是金山银山”实践创新基地建设管理规程（试行）》第二十条"),
                out);
    }
}
