package cn.ecozone.grading.internal;

import cn.ecozone.candidacy.CandidacyInput;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.document.Upload;
import cn.ecozone.dossier.DossierDocuments;
import cn.ecozone.dossier.DossierManagement;
import cn.ecozone.dossier.DossierView;
import cn.ecozone.grading.GradeInput;
import cn.ecozone.grading.GradingManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.review.ExpertPoolManagement;
import cn.ecozone.review.PanelManagement;
import cn.ecozone.review.ScoringManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.DemoPdf;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo annual evaluation (demo profile only), labelled 演示: in this year's Xilingol round, 锡林浩特市's
 * self-assessment has been scored by the committee office's one-expert demo panel (the {@code xl.expert}
 * account, in the office's own pool) and graded by the office; 二连浩特市's waits at the expert review.
 * Runs after the other demo data; does nothing once 锡林浩特市 has a {@code TWO_MOUNTAINS_AREA} candidacy.
 */
@Component
@Profile("demo")
@Order(73)
class DemoAnnualEvaluation implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoAnnualEvaluation.class);

    private static final String LABEL = "【演示】";
    private static final String STEP = "ANNUAL_EVALUATION";

    private final CandidacyManagement candidacies;
    private final DossierManagement dossiers;
    private final DossierDocuments documents;
    private final ExpertPoolManagement pool;
    private final PanelManagement panels;
    private final ScoringManagement scoring;
    private final GradingManagement grading;
    private final JdbcClient jdbc;

    DemoAnnualEvaluation(
            CandidacyManagement candidacies,
            DossierManagement dossiers,
            DossierDocuments documents,
            ExpertPoolManagement pool,
            PanelManagement panels,
            ScoringManagement scoring,
            GradingManagement grading,
            JdbcClient jdbc) {
        this.candidacies = candidacies;
        this.dossiers = dossiers;
        this.documents = documents;
        this.pool = pool;
        this.panels = panels;
        this.scoring = scoring;
        this.grading = grading;
        this.jdbc = jdbc;
    }

    @Override
    public void run() {
        Long xilinhotCandidacies = jdbc.sql("select count(*) from candidacy where region_code = '152502'"
                        + " and programme = 'TWO_MOUNTAINS_AREA'")
                .query(Long.class)
                .single();
        if (xilinhotCandidacies > 0 || userId("xl.expert") == null) {
            return;
        }
        Actor province = actor("im.staff", Role.PROVINCE_STAFF, "150000", "/150000/");
        Actor office = actor("xl.committee", Role.COMMITTEE_OFFICE, "152500", "/150000/152500/");
        Actor expert = actor("xl.expert", Role.EXPERT, "150000", "/150000/");
        DossierView graded =
                submitted(province, actor("xlht.gov", Role.COUNTY_GOVERNMENT, "152502", "/150000/152500/152502/"));
        var detail = pool.create(
                new ExpertPoolManagement.ExpertInput(
                        LABEL + "评估专家甲",
                        List.of("生态", "“两山”转化"),
                        "内蒙古大学生态与环境学院（演示数据（合成））",
                        "150104",
                        "教授",
                        "0471-0000000",
                        expert.userId(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null),
                office);
        var panel = panels.draw(new PanelManagement.DrawInput(graded.round().id(), STEP, null, 1, 0), office);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String code : List.of("ANNUAL_PLAN", "KEY_PROJECTS", "CONVERSION_RESULTS", "SAFEGUARDS")) {
            scores.put(code, new BigDecimal("22"));
        }
        scores.put("KEY_PROJECTS", new BigDecimal("20.5"));
        scoring.save(
                panel.id(),
                graded.id(),
                new ScoringManagement.SheetInput(scores, LABEL + "年度计划任务完成较好，重点项目推进偏慢。", true),
                expert);
        var closed = panels.close(panel.id(), panels.view(panel.id(), office).version(), office);
        panels.decide(closed.id(), graded.id(), "PASS", null, office);
        grading.grade(
                graded.id(),
                new GradeInput(
                        LABEL + "经专家评审、综合评议，年度“两山”转化工作成效较好。",
                        LABEL + "重点项目库建设与项目推进存在差距。",
                        LABEL + "加快重点项目落地，完善项目库动态管理。"),
                office);
        submitted(province, actor("elht.gov", Role.COUNTY_GOVERNMENT, "152501", "/150000/152500/152501/"));
        log.info("Demo annual evaluation: {} graded by the committee office, {} detail", graded.id(), detail.expert());
    }

    /** The county's candidacy and its self-assessment in this year's round, submitted. */
    private DossierView submitted(Actor province, Actor county) {
        var c = candidacies.create(
                new CandidacyInput(county.regionCode(), null, Programme.TWO_MOUNTAINS_AREA, "演示数据（合成），不是真实的创建记录"),
                province);
        DossierView d = dossiers.create(c.id(), null, county);
        d = documents.attach(
                d.id(),
                "SELF_ASSESSMENT",
                Upload.of("上一年度工作自评估材料（演示）.pdf", DemoPdf.of("Demo self-assessment (synthetic)")),
                d.version(),
                county);
        return dossiers.submit(d.id(), d.version(), county);
    }

    private Actor actor(String username, Role role, String region, String path) {
        Long id = userId(username);
        return new Actor(id == null ? 0 : id, username, username + "（演示）", role, 0, "演示", region, path, false);
    }

    private Long userId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
