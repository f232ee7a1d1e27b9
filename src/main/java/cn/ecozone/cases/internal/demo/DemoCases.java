package cn.ecozone.cases.internal.demo;

import cn.ecozone.cases.CaseCollections;
import cn.ecozone.cases.CaseFacts;
import cn.ecozone.cases.CaseInput;
import cn.ecozone.cases.CaseManagement;
import cn.ecozone.cases.CasePhotos;
import cn.ecozone.cases.CaseReviewManagement;
import cn.ecozone.cases.CaseView;
import cn.ecozone.document.Upload;
import cn.ecozone.review.CaseExperts;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo typical cases (demo profile only), labelled 演示 (synthetic), made through the module's own
 * façades by the demo accounts: in Xilingol two cases of 锡林浩特市 published last year after the demo
 * expert's review, and one of this year at the experts' review (the demo {@code expert} account scores
 * it); in Guizhou one case of 余庆县 (a titled base: GZ 第十七条) reviewed by the Guizhou pool's demo expert
 * ({@code gz.expert}) and published by the department. The Xilingol collection of last year is generated
 * when the font is installed.
 */
@Component
@Profile("demo")
@Order(74)
class DemoCases implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final String MARK = "（演示）";

    private final CaseManagement cases;
    private final CaseReviewManagement reviews;
    private final CasePhotos photos;
    private final CaseCollections collections;
    private final CaseExperts experts;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCases(
            CaseManagement cases,
            CaseReviewManagement reviews,
            CasePhotos photos,
            CaseCollections collections,
            CaseExperts experts,
            JdbcClient jdbc,
            Clock clock) {
        this.cases = cases;
        this.reviews = reviews;
        this.photos = photos;
        this.collections = collections;
        this.experts = experts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run() {
        if (jdbc.sql("select count(*) from typical_case").query(Long.class).single() > 0) {
            return;
        }
        Optional<Actor> county = actor("xlht.gov");
        Optional<Actor> office = actor("xl.committee");
        Optional<Actor> expert = actor("expert");
        Optional<Actor> yuqing = actor("yq.gov");
        Optional<Actor> department = actor("gz.staff");
        Optional<Actor> gzExpert = actor("gz.expert");
        if (county.isEmpty()
                || office.isEmpty()
                || expert.isEmpty()
                || yuqing.isEmpty()
                || department.isEmpty()
                || gzExpert.isEmpty()) {
            log.info("Demo typical cases skipped: the demo accounts are missing");
            return;
        }
        Optional<Long> reviewer = experts.expertOfUser(expert.get().userId());
        Optional<Long> gzReviewer = experts.expertOfUser(gzExpert.get().userId());
        if (reviewer.isEmpty() || gzReviewer.isEmpty()) {
            log.info("Demo typical cases skipped: a demo expert is not in the pool");
            return;
        }
        int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
        published(
                county.get(),
                office.get(),
                expert.get(),
                reviewer.get(),
                input(
                        "TWO_MOUNTAINS_AREA",
                        year - 1,
                        "锡林浩特市草畜平衡带动牧民增收" + MARK,
                        "宝力根苏木（演示）",
                        "ECOLOGICAL_INDUSTRIALIZATION",
                        "实行草畜平衡和季节性休牧，合作社统一品牌销售优质牛羊肉，草原生态恢复与牧民增收同步推进。（演示数据，合成）",
                        List.of(
                                new CaseInput.Result("牧民人均增收", new BigDecimal("0.86"), "万元"),
                                new CaseInput.Result("草原植被盖度", new BigDecimal("61.5"), "%"))));
        published(
                county.get(),
                office.get(),
                expert.get(),
                reviewer.get(),
                input(
                        "TWO_MOUNTAINS_AREA",
                        year - 1,
                        "锡林浩特市矿区生态修复与光伏治沙" + MARK,
                        null,
                        "INDUSTRIAL_ECOLOGIZATION",
                        "对废弃矿区实施地形整治和植被恢复，板上发电、板下种草，修复区转为新能源与生态旅游用地。（演示数据，合成）",
                        List.of(new CaseInput.Result("修复面积", new BigDecimal("1200"), "亩"))));
        CaseView reviewing = recommended(
                county.get(),
                input(
                        "TWO_MOUNTAINS_AREA",
                        year,
                        "锡林浩特市生态产品价值核算试点" + MARK,
                        null,
                        "ECOLOGICAL_PRODUCT_VALUE",
                        "开展生态系统生产总值（GEP）核算，探索生态产品价值实现机制。（演示数据，合成）",
                        List.of(new CaseInput.Result("GEP核算值", new BigDecimal("356.2"), "亿元"))));
        reviews.appoint(reviewing.id(), reviewing.version(), List.of(reviewer.get()), office.get());
        // Guizhou (002 第十七条): 余庆县 holds the base's title (DemoTitles), so it recommends; the department
        // has the pool's demo expert review it and publishes it
        published(
                yuqing.get(),
                department.get(),
                gzExpert.get(),
                gzReviewer.get(),
                input(
                        "TWO_MOUNTAINS_BASE",
                        year,
                        "余庆县茶旅融合“两山”转化路径" + MARK,
                        "余庆县茶叶专业合作社（演示）",
                        "ECOLOGICAL_INDUSTRIALIZATION",
                        "依托生态茶园发展茶叶精深加工和茶旅融合，带动茶农就业增收。（演示数据，合成）",
                        List.of(new CaseInput.Result("茶产业综合产值", new BigDecimal("38.6"), "亿元"))));
        try {
            collections.generate(year - 1, office.get());
        } catch (CaseFacts.FontMissing e) {
            log.info("Demo case collection skipped: the Noto Sans CJK font is not installed");
        }
        log.info("Demo typical cases: two published and one under review in Xilingol, one published in Guizhou");
    }

    private void published(Actor county, Actor office, Actor expert, long reviewer, CaseInput in) {
        CaseView c = recommended(county, in);
        c = reviews.appoint(c.id(), c.version(), List.of(reviewer), office);
        reviews.score(
                c.id(),
                new CaseReviewManagement.ScoreInput(c.criteria().stream()
                        .map(k -> new CaseView.Score(k.code(), 86, "演示评语"))
                        .toList()),
                expert);
        c = cases.act(c.id(), "review", new CaseManagement.Decision(c.version(), "PASS", "专家审核通过（演示）"), office);
        cases.act(c.id(), "publish", new CaseManagement.Decision(c.version(), null, "同意发布（演示）"), office);
    }

    private CaseView recommended(Actor county, CaseInput in) {
        CaseView c = cases.create(in, county);
        c = photos.add(c.id(), Upload.of("演示照片.png", photo()), c.version(), county);
        return cases.recommend(c.id(), c.version(), county);
    }

    private static CaseInput input(
            String programme,
            int year,
            String title,
            String unit,
            String path,
            String story,
            List<CaseInput.Result> results) {
        return new CaseInput(programme, year, title, unit, path, story, results, null);
    }

    /** A synthetic green-and-blue PNG (a landscape's colours), 320 × 200. */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x87CEEB));
        g.fillRect(0, 0, 320, 110);
        g.setColor(new Color(0x4C9A2A));
        g.fillRect(0, 110, 320, 90);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Actor> actor(String username) {
        return jdbc.sql("select u.id, u.username, u.display_name, u.role, o.id as org_id, o.name as org_name,"
                        + " o.region_code, o.region_path from user_account u join organization o"
                        + " on o.id = u.organization_id where u.username = :username")
                .param("username", username)
                .query((rs, n) -> new Actor(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getLong("org_id"),
                        rs.getString("org_name"),
                        rs.getString("region_code"),
                        rs.getString("region_path"),
                        false))
                .optional();
    }
}
