package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.DossierSummary;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The dossier list as an .xlsx workbook with Chinese headers (issue 14 §5), in the list's order. */
@Component
public class DossierListWorkbook {

    static final List<String> HEADERS =
            List.of("创建主体", "行政区划代码", "行政区划名称", "创建类型", "状态", "否决情形", "缺少材料数", "提交日期", "最后修改时间");

    public void write(List<DossierSummary> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "申报材料",
                HEADERS,
                rows,
                d -> Arrays.asList(
                        d.subjectName(),
                        d.regionCode(),
                        d.regionName(),
                        d.programme().nameZh(),
                        OverviewWorkbook.state(d.state()),
                        d.excluded() ? "存在否决情形" : d.needsJudgement() ? "需研判" : "无否决情形",
                        d.missingCount(),
                        d.submittedOn() == null ? null : d.submittedOn().toString(),
                        ListWorkbook.TIME.format(d.updatedAt())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        "否决情形按已提交申报材料的提交日期核查，未提交的按导出当日核查。",
                        ListWorkbook.count("申报材料数", "份", rows.size(), total)),
                out);
    }
}
