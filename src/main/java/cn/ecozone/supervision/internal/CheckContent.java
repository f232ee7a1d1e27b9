package cn.ecozone.supervision.internal;

import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.project.KeyProjectFilter;
import cn.ecozone.project.KeyProjectManagement;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Citation;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.regulation.TitleRules.CheckKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.supervision.CheckSummary;
import cn.ecozone.supervision.CheckView;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a check's page shows: the rule, the checklist of the edition in force on the day it opened (an
 * on-site check, IM eco-civ art. 19: the region's scorecard for the year before), or the Two Mountains
 * Index scorecards for each year since naming with the key projects (a post-evaluation, Guizhou art.
 * 22), the findings, the evidence, the conclusion and the run. The scorecards are live while the check is
 * open and those frozen with the conclusion once it is concluded ({@link CheckScorecards}).
 */
@Component
public class CheckContent {

    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final CheckScorecards scorecards;
    private final KeyProjectManagement projects;
    private final CheckFindings findings;
    private final CheckEvidences evidences;
    private final ProcedureManagement procedures;
    private final CheckSettings settings;

    CheckContent(
            RegulationManagement regulations,
            RegionManagement regions,
            CheckScorecards scorecards,
            KeyProjectManagement projects,
            CheckFindings findings,
            CheckEvidences evidences,
            ProcedureManagement procedures,
            CheckSettings settings) {
        this.regulations = regulations;
        this.regions = regions;
        this.scorecards = scorecards;
        this.projects = projects;
        this.findings = findings;
        this.evidences = evidences;
        this.procedures = procedures;
        this.settings = settings;
    }

    /** A check as its list shows it. */
    public static CheckSummary summary(CheckEntity c, String regionName) {
        return new CheckSummary(
                c.id(),
                c.titleId(),
                c.regionCode(),
                regionName,
                c.subjectName(),
                c.programme(),
                c.checkCode(),
                c.kind(),
                c.regulationCode(),
                c.regulationVersion(),
                c.namedOn(),
                c.anniversaryOn(),
                c.dueOn(),
                c.openedOn(),
                c.state().name(),
                c.problemsFound(),
                c.concludedOn(),
                c.runId(),
                c.version());
    }

    /** The regulation's suggested rectification period (限定期, data marked silent), or null. */
    public Integer suggestedDays(CheckEntity c) {
        return suggested(regulation(c)).workingDays();
    }

    /**
     * The scorecard(s) the check judges now, as JSON, to be frozen with its conclusion in the concluding
     * transaction. Precondition: the check is open and lies in the actor's scope.
     */
    public String judgedNow(CheckEntity c, Actor actor) {
        return scorecards.freeze(c, actor);
    }

    /** The whole page of a check. Precondition: the check lies in the actor's scope. */
    public CheckView view(CheckEntity c, Actor actor, Locale locale) {
        Regulation r = regulation(c);
        Region region = regions.require(c.regionCode());
        TitleRules.Check rule =
                r.title() == null ? null : r.title().check(c.checkCode()).orElse(null);
        Integer delay = settings.findById(
                        new CheckSettingEntity.Key(CheckOpening.provinceOf(c.regionPath()), c.checkCode()))
                .map(CheckSettingEntity::delayDays)
                .orElse(null);
        CheckView.Rule shown = rule == null
                ? new CheckView.Rule(null, null, false, null, delay)
                : new CheckView.Rule(
                        rule.textZh(),
                        article(rule.citation()),
                        rule.citation() != null
                                && (rule.citation().uncertain()
                                        || rule.citation().silent()),
                        rule.citation() == null ? null : rule.citation().noteZh(),
                        delay);
        String editionNote = r.indicators().stream()
                .filter(i -> i.subjectLevel() == region.level())
                .map(i -> i.citation() == null || i.citation().noteZh() == null
                        ? i.textZh()
                        : i.citation().noteZh())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        JudgedScorecards judged = scorecards.shown(c, actor, locale);
        List<CheckView.Project> shownProjects = List.of();
        if (c.kind() == CheckKind.POST_EVALUATION) {
            shownProjects = projects(c, actor);
        }
        RunView run = c.runId() == null ? null : procedures.view(c.runId(), actor);
        boolean open = c.state() == CheckEntity.State.OPEN;
        return new CheckView(
                summary(c, region.name()),
                shown,
                c.editionCode(),
                editionNote,
                judged.checklist(),
                judged.index(),
                shownProjects,
                findings.findByCheckIdOrderById(c.id()).stream()
                        .map(f -> new CheckView.Finding(
                                f.id(), f.indicatorCode(), f.textZh(), f.recordedBy(), f.recordedAt()))
                        .toList(),
                evidences.countByCheckId(c.id()),
                open
                        ? null
                        : new CheckView.Conclusion(
                                Boolean.TRUE.equals(c.problemsFound()),
                                Boolean.TRUE.equals(c.falsificationFound()),
                                c.rectificationDays(),
                                c.conclusionZh(),
                                c.concludedOn(),
                                c.concludedBy()),
                suggested(r),
                run,
                open && actor.role() == Role.PROVINCE_STAFF);
    }

    private List<CheckView.Project> projects(CheckEntity c, Actor actor) {
        return projects
                .list(new KeyProjectFilter(c.regionCode(), c.programme(), null, null, null), 0, 100, actor)
                .content()
                .stream()
                .map(p -> new CheckView.Project(
                        p.id(),
                        p.name(),
                        p.status() == null ? null : p.status().name(),
                        p.startYear(),
                        p.endYear(),
                        p.investment() == null ? null : p.investment().toPlainString()))
                .toList();
    }

    private static CheckView.Suggested suggested(Regulation r) {
        if (r.title() == null
                || r.title().enforcement() == null
                || r.title().enforcement().rectificationOrder() == null
                || r.title().enforcement().rectificationOrder().period() == null) {
            return new CheckView.Suggested(null, null, true, null);
        }
        TitleRules.Period p = r.title().enforcement().rectificationOrder().period();
        Citation cite = p.citation();
        return new CheckView.Suggested(
                p.suggestedWorkingDays(),
                article(cite),
                cite == null || cite.uncertain() || cite.silent(),
                cite == null ? null : cite.noteZh());
    }

    private static String article(Citation c) {
        return c == null ? null : c.article();
    }

    private Regulation regulation(CheckEntity c) {
        return regulations.find(c.regulationCode(), c.regulationVersion()).orElseThrow();
    }
}
