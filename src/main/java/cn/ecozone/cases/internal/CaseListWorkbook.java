package cn.ecozone.cases.internal;

import cn.ecozone.cases.CaseState;
import cn.ecozone.cases.CaseSummary;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The staff's list of typical cases as an .xlsx workbook with Chinese headers (issue 14 §5), in the list's order. */
@Component
public class CaseListWorkbook {

    static final List<String> HEADERS =
            List.of("案例标题", "行政区划代码", "行政区划名称", "实践单位", "转化路径", "年度", "状态", "发布时间", "最后修改时间");

    /** The states as the UI names them. */
    static final Map<CaseState, String> STATES = Map.of(
            CaseState.DRAFT, "草稿",
            CaseState.RETURNED, "已退回",
            CaseState.REVIEWING, "专家审核中",
            CaseState.DECIDING, "待发布",
            CaseState.PUBLISHED, "已发布",
            CaseState.REJECTED, "不予发布");

    public void write(List<CaseSummary> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "典型案例",
                HEADERS,
                rows,
                c -> Arrays.asList(
                        c.title(),
                        c.regionCode(),
                        c.regionName(),
                        c.unitName(),
                        c.path().nameZh(),
                        c.year(),
                        STATES.get(c.state()),
                        c.publishedAt() == null ? null : ListWorkbook.TIME.format(c.publishedAt()),
                        ListWorkbook.TIME.format(c.updatedAt())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        "草稿仅含本级地区的案例。",
                        ListWorkbook.count("典型案例数", "个", rows.size(), total)),
                out);
    }
}
