package cn.ecozone.project.internal;

import cn.ecozone.project.KeyProjectStatus;
import cn.ecozone.project.KeyProjectView;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes the key project library as an .xlsx workbook: one sheet of projects, one that says what was exported. */
@Component
public class KeyProjectWorkbook {

    static final List<String> HEADERS = List.of(
            "行政区划代码", "行政区划名称", "创建类型", "项目名称", "建设内容", "投资主体", "投资额（万元）", "预期效益", "转化模式", "项目状态", "开工年份", "完工年份",
            "最后更新");

    public void write(List<KeyProjectView> rows, long total, Instant now, String exportedBy, OutputStream out)
            throws IOException {
        ListWorkbook.write(
                "重点项目库",
                HEADERS,
                rows,
                p -> Arrays.asList(
                        p.regionCode(),
                        p.regionName(),
                        p.programme().nameZh(),
                        p.name(),
                        p.content(),
                        p.investor(),
                        p.investment(),
                        p.expectedBenefits(),
                        p.transformationMode(),
                        status(p.status()),
                        p.startYear(),
                        p.endYear(),
                        p.updatedAt() == null ? null : ListWorkbook.TIME.format(p.updatedAt())),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(now),
                        "导出人：" + exportedBy,
                        ListWorkbook.count("项目数", "个", rows.size(), total),
                        "依据：《锡林郭勒盟“绿水青山就是金山银山”转化实践区建设活动管理规程》第3条"),
                out);
    }

    static String status(KeyProjectStatus s) {
        return switch (s) {
            case PLANNED -> "谋划";
            case UNDER_CONSTRUCTION -> "在建";
            case COMPLETED -> "建成";
            case SUSPENDED -> "暂缓";
        };
    }
}
