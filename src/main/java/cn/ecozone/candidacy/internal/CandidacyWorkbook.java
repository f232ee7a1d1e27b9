package cn.ecozone.candidacy.internal;

import cn.ecozone.candidacy.CandidacyState;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes the candidate pool as an .xlsx workbook: one sheet of candidacies, one that says what was exported. */
@Component
public class CandidacyWorkbook {

    static final List<String> HEADERS =
            List.of("行政区划代码", "行政区划名称", "创建主体", "创建类型", "适用规程", "规程版本", "状态", "备注", "登记人", "登记时间", "最后更新");

    public void write(List<CandidacyView> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "创建储备库",
                HEADERS,
                rows,
                c -> Arrays.asList(
                        c.regionCode(),
                        c.regionName(),
                        c.subjectName(),
                        c.programme().nameZh(),
                        c.regulationCode(),
                        c.regulationVersion(),
                        state(c.state()),
                        c.note(),
                        c.createdBy(),
                        ListWorkbook.TIME.format(c.createdAt()),
                        ListWorkbook.TIME.format(c.updatedAt())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        ListWorkbook.count("创建记录数", "条", rows.size(), total)),
                out);
    }

    static String state(CandidacyState s) {
        return switch (s) {
            case RESERVE -> "储备";
            case CULTIVATING -> "培育";
            case PLANNING -> "规划编制";
            case APPLYING -> "申报";
            case TITLED -> "已命名";
            case REVOKED -> "已撤销命名";
            case WITHDRAWN -> "已退出";
        };
    }
}
