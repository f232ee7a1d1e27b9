package cn.ecozone.grading.internal;

import cn.ecozone.indicator.EvaluationManagement;
import cn.ecozone.indicator.Scorecard;
import cn.ecozone.region.Region;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Xilingol art. 10: a region that meets the eco-civilization demonstration county (or city) indicators
 * (《生态文明建设示范区（市/县）建设指标》) is recommended first. Judged from the indicator module with the
 * edition that the eco-civ regulation applicable to the region names for its level, for the evaluated
 * year; where none is named (IM's county entry names none) or values are missing, the answer is {@code
 * CANNOT_JUDGE} with the reason, never a silent "not met".
 */
@Component
public class Recommendation {

    /** The flag and why. */
    public record Judged(String flag, String note) {}

    private final RegulationManagement regulations;
    private final EvaluationManagement evaluations;

    Recommendation(RegulationManagement regulations, EvaluationManagement evaluations) {
        this.regulations = regulations;
        this.evaluations = evaluations;
    }

    /** The flag for {@code region} in {@code year}, as of {@code day}, read as {@code actor}. */
    public Judged judge(Region region, int year, LocalDate day, Actor actor) {
        String edition = regulations
                .applicable(Programme.ECO_CIVILIZATION_ZONE, region.path(), day)
                .flatMap(r -> r.indicatorsFor(region.level()))
                .map(Regulation.IndicatorRule::edition)
                .orElse(null);
        if (edition == null) {
            return new Judged("CANNOT_JUDGE", "无法判断：平台暂无该级别生态文明建设示范区建设指标版本（第10条）");
        }
        Scorecard card;
        try {
            card = evaluations.evaluate(edition, region.code(), null, year, actor, Locale.SIMPLIFIED_CHINESE);
        } catch (ApiException outsideTheEdition) {
            return new Judged("CANNOT_JUDGE", "无法判断：指标版本 " + edition + " 不适用于本地区（第10条）");
        }
        Scorecard.Summary s = card.summary();
        if (s.noData() > 0 || s.needsJudgement() > 0) {
            return new Judged(
                    "CANNOT_JUDGE",
                    "无法判断：" + edition + " " + year + "年度有" + (s.noData() + s.needsJudgement()) + "项指标缺少数据或待判断（第10条）");
        }
        if (s.notMet() == 0) {
            return new Judged("MEETS", "达到" + edition + "建设指标（" + year + "年度），优先推荐（第10条）");
        }
        return new Judged("NOT_MET", edition + " " + year + "年度有" + s.notMet() + "项指标未达标（第10条）");
    }
}
