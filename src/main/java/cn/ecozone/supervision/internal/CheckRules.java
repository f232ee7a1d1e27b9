package cn.ecozone.supervision.internal;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.RegulationStatus;
import cn.ecozone.regulation.RegulationSummary;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.regulation.TitleRules.CheckKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The check rules as supervision reads them (ADR 0029): of a title's regulation code, the latest
 * published version, whatever version the title was named under (versions before issue 13 have no
 * paths); of its checks, those falling due once after N full years (满N年) with a path for the subject's
 * level: {@code SITE_CHECK} (IM eco-civ art. 19, IM Two Mountains art. 18) and {@code POST_EVALUATION}
 * (Guizhou art. 22).
 */
@Component
class CheckRules {

    static final Set<CheckKind> SCHEDULED = Set.of(CheckKind.SITE_CHECK, CheckKind.POST_EVALUATION);

    private static final Logger log = LoggerFactory.getLogger(CheckRules.class);

    private final RegulationManagement regulations;

    CheckRules(RegulationManagement regulations) {
        this.regulations = regulations;
    }

    /**
     * The latest published version of {@code code}; empty (and logged) when none is published, so its
     * titles are not checked. Any other failure (a broken regulation, a bug) propagates: a check must not
     * be skipped silently (review finding 10).
     */
    Optional<Regulation> latest(String code) {
        Optional<Regulation> found = regulations.findLatest(code, false);
        if (found.isEmpty()) {
            log.warn("No published version of regulation {}: its titles get no scheduled check", code);
        }
        return found;
    }

    /** Every N of a scheduled check in the latest published regulations, ascending. */
    Set<Integer> years() {
        Set<Integer> years = new TreeSet<>();
        for (RegulationSummary s : regulations.list(false)) {
            if (s.status() != RegulationStatus.PUBLISHED) {
                continue;
            }
            Regulation r = regulations.latest(s.code(), false);
            if (r.title() != null) {
                scheduled(r).forEach(c -> years.add(c.afterYears()));
            }
        }
        return years;
    }

    /** The scheduled checks of a regulation. */
    static List<TitleRules.Check> scheduled(Regulation r) {
        if (r.title() == null) {
            return List.of();
        }
        return r.title().checks().stream()
                .filter(c -> SCHEDULED.contains(c.kind())
                        && c.afterYears() != null
                        && !c.paths().isEmpty())
                .toList();
    }

    /** The 满N年 day by the regulation's {@code title.anniversary} (the same date, or the month's end). */
    static LocalDate anniversary(Regulation r, LocalDate namedOn, int years) {
        TitleRules.Anniversary a = r.title().anniversary();
        return a == null
                ? TitleRules.AnniversaryRule.SAME_DATE_OR_MONTH_END.reached(namedOn, years)
                : a.reached(namedOn, years);
    }

    /** The edition the regulation names for a subject at {@code level} ({@code indicators[]}), or null. */
    static String namedEdition(Regulation r, RegionLevel level) {
        return r.indicators().stream()
                .filter(i -> i.subjectLevel() == level && i.edition() != null)
                .map(Regulation.IndicatorRule::edition)
                .findFirst()
                .orElse(null);
    }
}
