package cn.ecozone.candidacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyState;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.support.WorkbookDump;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The candidate pool's export, cell by cell, so that sharing its workbook code changes nothing. */
class CandidacyWorkbookTest {

    @Test
    void writesThePoolWithItsHeadersAndASheetThatSaysWhatWasExported() throws Exception {
        Instant at = Instant.parse("2026-03-01T02:30:00Z");
        List<CandidacyView> rows = List.of(
                new CandidacyView(
                        1,
                        "520324",
                        "正安县",
                        null,
                        "正安县人民政府",
                        Programme.TWO_MOUNTAINS_BASE,
                        "GZ-TWOMTN-2021",
                        1,
                        CandidacyState.CULTIVATING,
                        null,
                        "张三",
                        at,
                        at.plusSeconds(3600),
                        0,
                        List.of(),
                        List.of(),
                        List.of()),
                new CandidacyView(
                        2,
                        "520325",
                        "道真县",
                        7L,
                        "某合作社",
                        Programme.ECO_CIVILIZATION_ZONE,
                        "IM-ECOCIV-2022",
                        2,
                        CandidacyState.TITLED,
                        "备注",
                        "李四",
                        at,
                        at,
                        3,
                        List.of(),
                        List.of(),
                        List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new CandidacyWorkbook().write(rows, 5, at, "王五", out);

        assertThat(WorkbookDump.of(out.toByteArray())).containsExactlyElementsOf(EXPECTED);
    }

    /** As the export wrote it before its workbook code moved to {@code shared.ListWorkbook}. */
    static final List<String> EXPECTED = List.of(
            "sheet 创建储备库 frozen=1,0",
            "filter A1:K3",
            "A1 STRING 行政区划代码 bold=true width=4096",
            "B1 STRING 行政区划名称 bold=true width=4096",
            "C1 STRING 创建主体 bold=true width=3072",
            "D1 STRING 创建类型 bold=true width=3072",
            "E1 STRING 适用规程 bold=true width=3072",
            "F1 STRING 规程版本 bold=true width=3072",
            "G1 STRING 状态 bold=true width=3072",
            "H1 STRING 备注 bold=true width=3072",
            "I1 STRING 登记人 bold=true width=3072",
            "J1 STRING 登记时间 bold=true width=3072",
            "K1 STRING 最后更新 bold=true width=3072",
            "A2 STRING 520324 bold=false width=4096",
            "B2 STRING 正安县 bold=false width=4096",
            "C2 STRING 正安县人民政府 bold=false width=3072",
            "D2 STRING “两山”实践创新基地 bold=false width=3072",
            "E2 STRING GZ-TWOMTN-2021 bold=false width=3072",
            "F2 NUMERIC 1.0 bold=false width=3072",
            "G2 STRING 培育 bold=false width=3072",
            "I2 STRING 张三 bold=false width=3072",
            "J2 STRING 2026-03-01 10:30 bold=false width=3072",
            "K2 STRING 2026-03-01 11:30 bold=false width=3072",
            "A3 STRING 520325 bold=false width=4096",
            "B3 STRING 道真县 bold=false width=4096",
            "C3 STRING 某合作社 bold=false width=3072",
            "D3 STRING 生态文明建设示范区 bold=false width=3072",
            "E3 STRING IM-ECOCIV-2022 bold=false width=3072",
            "F3 NUMERIC 2.0 bold=false width=3072",
            "G3 STRING 已命名 bold=false width=3072",
            "H3 STRING 备注 bold=false width=3072",
            "I3 STRING 李四 bold=false width=3072",
            "J3 STRING 2026-03-01 10:30 bold=false width=3072",
            "K3 STRING 2026-03-01 10:30 bold=false width=3072",
            "sheet 说明 frozen=none",
            "filter none",
            "A1 STRING 导出时间：2026-03-01 10:30 bold=false width=2048",
            "A2 STRING 导出人：王五 bold=false width=2048",
            "A3 STRING 创建记录数：2（共 5 条，仅导出前 2 条） bold=false width=2048");
}
