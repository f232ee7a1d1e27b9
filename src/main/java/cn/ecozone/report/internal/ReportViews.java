package cn.ecozone.report.internal;

import cn.ecozone.procedure.RunView;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.report.ReportState;
import cn.ecozone.report.ReportSummary;
import cn.ecozone.report.ReportView;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the views of annual reports and freezes what a submission carries. */
@Component
public class ReportViews {

    private final RegionManagement regions;
    private final RegulationManagement regulations;
    private final ReportFreezer freezer;
    private final JsonMapper json;
    private final Clock clock;

    ReportViews(
            RegionManagement regions,
            RegulationManagement regulations,
            ReportFreezer freezer,
            JsonMapper json,
            Clock clock) {
        this.regions = regions;
        this.regulations = regulations;
        this.freezer = freezer;
        this.json = json;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Freezes the scorecard and key projects of {@code r} for {@code opening} of its SUBMIT step. */
    public void freeze(ReportEntity r, int opening, Actor actor) {
        r.freeze(freezer.scorecard(r, actor), freezer.projects(r, actor), opening, now());
    }

    /** The report with its run as the actor sees it. */
    public ReportView of(ReportEntity r, RunView run, Actor actor) {
        Regulation regulation =
                regulations.find(r.regulationCode(), r.regulationVersion()).orElseThrow();
        TitleRules.Check check = regulation.title().check(r.checkCode()).orElseThrow();
        String dueNote = check.due() == null || check.due().citation() == null
                ? null
                : check.due().citation().noteZh();
        String scorecardNote = regulation
                .indicatorsFor(r.subjectLevel())
                .filter(i -> i.edition() == null && i.citation() != null)
                .map(i -> i.citation().noteZh())
                .orElse(null);
        boolean editable = r.withSubject()
                && ReportProcedure.task(run, "ACT", ReportProcedure.SUBMIT).isPresent();
        return new ReportView(
                r.id(),
                r.titleId(),
                r.regionCode(),
                regions.require(r.regionCode()).name(),
                r.subjectName(),
                r.programme(),
                r.regulationCode(),
                r.regulationVersion(),
                r.checkCode(),
                check.citation() == null ? null : check.citation().article(),
                r.year(),
                r.dueOn(),
                r.dueFromSetting(),
                dueNote,
                r.text(),
                r.progress(),
                r.scorecardEdition(),
                scorecardNote,
                read(r.frozen().scorecardJson()),
                read(r.frozen().projectsJson()),
                r.frozen().frozenAt(),
                r.attachments().stream()
                        .map(a -> new ReportView.Attachment(a.documentId(), a.name(), a.attachedAt()))
                        .toList(),
                r.state(),
                r.currentStep(),
                r.state() == ReportState.RETURNED ? ReportProcedure.lastReturnReason(run) : null,
                editable,
                r.updatedAt(),
                r.version(),
                run);
    }

    /** The list's items of a page of reports: the regions' names in one statement. */
    public List<ReportSummary> summaries(List<ReportEntity> page) {
        Set<String> codes = new HashSet<>();
        page.forEach(r -> codes.add(r.regionCode()));
        Map<String, String> names = regions.names(codes);
        return page.stream()
                .map(r -> new ReportSummary(
                        r.id(),
                        r.titleId(),
                        r.regionCode(),
                        names.get(r.regionCode()),
                        r.subjectName(),
                        r.programme(),
                        r.year(),
                        r.dueOn(),
                        r.state(),
                        r.currentStep(),
                        r.updatedAt()))
                .toList();
    }

    private JsonNode read(String text) {
        return text == null ? null : json.readTree(text);
    }
}
