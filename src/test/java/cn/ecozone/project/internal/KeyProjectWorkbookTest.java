package cn.ecozone.project.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.project.KeyProjectStatus;
import cn.ecozone.project.KeyProjectView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.support.WorkbookDump;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key project library's export, cell by cell, so that sharing its workbook code changes nothing. */
class KeyProjectWorkbookTest {

    @Test
    void writesTheLibraryWithItsHeadersAndASheetThatSaysWhatWasExported() throws Exception {
        Instant at = Instant.parse("2026-03-01T02:30:00Z");
        List<KeyProjectView> rows = List.of(
                new KeyProjectView(
                        1,
                        "152502",
                        "锡林浩特市",
                        Programme.TWO_MOUNTAINS_AREA,
                        "光伏治沙项目",
                        "治沙 2 万亩",
                        "某能源公司",
                        new BigDecimal("1200.50"),
                        "年发电 3 亿度",
                        "生态+能源",
                        KeyProjectStatus.UNDER_CONSTRUCTION,
                        2025,
                        null,
                        "张三",
                        at,
                        at,
                        0,
                        true,
                        true,
                        List.of(),
                        null),
                new KeyProjectView(
                        2,
                        "152502",
                        "锡林浩特市",
                        Programme.TWO_MOUNTAINS_AREA,
                        "牧民合作社",
                        null,
                        null,
                        null,
                        null,
                        null,
                        KeyProjectStatus.PLANNED,
                        null,
                        null,
                        "张三",
                        at,
                        null,
                        0,
                        false,
                        false,
                        List.of(),
                        null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new KeyProjectWorkbook().write(rows, 2, at, "王五", out);

        assertThat(WorkbookDump.of(out.toByteArray())).containsExactlyElementsOf(EXPECTED);
    }

    /** As the export wrote it before its workbook code moved to {@code shared.ListWorkbook}. */
    static final List<String> EXPECTED = List.of(
            "sheet 重点项目库 frozen=1,0",
            "filter A1:M3",
            "A1 STRING 行政区划代码 bold=true width=4096",
            "B1 STRING 行政区划名称 bold=true width=4096",
            "C1 STRING 创建类型 bold=true width=3072",
            "D1 STRING 项目名称 bold=true width=3072",
            "E1 STRING 建设内容 bold=true width=3072",
            "F1 STRING 投资主体 bold=true width=3072",
            "G1 STRING 投资额（万元） bold=true width=4608",
            "H1 STRING 预期效益 bold=true width=3072",
            "I1 STRING 转化模式 bold=true width=3072",
            "J1 STRING 项目状态 bold=true width=3072",
            "K1 STRING 开工年份 bold=true width=3072",
            "L1 STRING 完工年份 bold=true width=3072",
            "M1 STRING 最后更新 bold=true width=3072",
            "A2 STRING 152502 bold=false width=4096",
            "B2 STRING 锡林浩特市 bold=false width=4096",
            "C2 STRING “两山”转化实践区 bold=false width=3072",
            "D2 STRING 光伏治沙项目 bold=false width=3072",
            "E2 STRING 治沙 2 万亩 bold=false width=3072",
            "F2 STRING 某能源公司 bold=false width=3072",
            "G2 NUMERIC 1200.5 bold=false width=4608",
            "H2 STRING 年发电 3 亿度 bold=false width=3072",
            "I2 STRING 生态+能源 bold=false width=3072",
            "J2 STRING 在建 bold=false width=3072",
            "K2 NUMERIC 2025.0 bold=false width=3072",
            "M2 STRING 2026-03-01 10:30 bold=false width=3072",
            "A3 STRING 152502 bold=false width=4096",
            "B3 STRING 锡林浩特市 bold=false width=4096",
            "C3 STRING “两山”转化实践区 bold=false width=3072",
            "D3 STRING 牧民合作社 bold=false width=3072",
            "J3 STRING 谋划 bold=false width=3072",
            "sheet 说明 frozen=none",
            "filter none",
            "A1 STRING 导出时间：2026-03-01 10:30 bold=false width=2048",
            "A2 STRING 导出人：王五 bold=false width=2048",
            "A3 STRING 项目数：2 bold=false width=2048",
            "A4 STRING 依据：《锡林郭勒盟“绿水青山就是金山银山”转化实践区建设活动管理规程》第3条 bold=false width=2048");
}
