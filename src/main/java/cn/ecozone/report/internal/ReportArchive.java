package cn.ecozone.report.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.report.ReportState;
import cn.ecozone.shared.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annual reports of the candidacy's title in its archive (IM eco-civ art. 17, IM Two Mountains
 * art. 17, Guizhou art. 18): per report its record (text, progress, the scorecard and key projects
 * frozen at submission, the attachments' list), its review timeline, and each attachment byte for byte.
 * Three statements whatever the number of reports (reports with attachments, the runs' timelines).
 */
@Component
class ReportArchive implements ArchiveContributor {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Reports reports;
    private final ProcedureManagement procedures;
    private final JsonMapper json;

    ReportArchive(Reports reports, ProcedureManagement procedures, JsonMapper json) {
        this.reports = reports;
        this.procedures = procedures;
        this.json = json;
    }

    /** A report as the archive keeps it. */
    record ArchivedReport(
            long id,
            long titleId,
            String regionCode,
            String subjectName,
            Programme programme,
            String regulationCode,
            int regulationVersion,
            String checkCode,
            int year,
            LocalDate dueOn,
            String text,
            String progress,
            String scorecardEdition,
            JsonNode scorecard,
            JsonNode projects,
            Instant frozenAt,
            List<Attachment> attachments,
            ReportState state,
            Instant updatedAt) {}

    record Attachment(long documentId, String name, Instant attachedAt) {}

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        if (candidacy.titleId() == null) {
            return List.of();
        }
        List<ReportEntity> all = reports.ofTitle(candidacy.titleId()).stream()
                .filter(r -> reader.scope().includes(r.regionPath()))
                .toList();
        Map<Long, List<RunView.EntryView>> timelines = procedures.timelines(
                all.stream().map(ReportEntity::runId).filter(Objects::nonNull).toList());
        List<ArchiveEntry> entries = new ArrayList<>();
        for (ReportEntity r : all) {
            String base = r.year() + "年度报告-" + r.id();
            String source = "年度报告 " + r.id() + "（" + r.year() + "年度）";
            LocalDate day = r.frozen().frozenAt() == null
                    ? r.dueOn()
                    : LocalDate.ofInstant(r.frozen().frozenAt(), BEIJING);
            entries.add(new ArchiveEntry(ArchiveSection.REPORT, base + ".json", day, source, text(record(r))));
            List<RunView.EntryView> timeline =
                    r.runId() == null ? List.of() : timelines.getOrDefault(r.runId(), List.of());
            entries.add(new ArchiveEntry(ArchiveSection.REPORT, base + "-审核记录.json", day, source, text(timeline)));
            for (AttachmentRow a : r.attachments()) {
                entries.add(new ArchiveEntry(
                        ArchiveSection.REPORT,
                        base + "-附件-" + a.name(),
                        LocalDate.ofInstant(a.attachedAt(), BEIJING),
                        source,
                        new ArchiveEntry.StoredFile(a.documentId())));
            }
        }
        return entries;
    }

    private ArchivedReport record(ReportEntity r) {
        return new ArchivedReport(
                r.id(),
                r.titleId(),
                r.regionCode(),
                r.subjectName(),
                r.programme(),
                r.regulationCode(),
                r.regulationVersion(),
                r.checkCode(),
                r.year(),
                r.dueOn(),
                r.text(),
                r.progress(),
                r.scorecardEdition(),
                r.frozen().scorecardJson() == null
                        ? null
                        : json.readTree(r.frozen().scorecardJson()),
                r.frozen().projectsJson() == null
                        ? null
                        : json.readTree(r.frozen().projectsJson()),
                r.frozen().frozenAt(),
                r.attachments().stream()
                        .map(a -> new Attachment(a.documentId(), a.name(), a.attachedAt()))
                        .toList(),
                r.state(),
                r.updatedAt());
    }

    private ArchiveEntry.Text text(Object value) {
        return new ArchiveEntry.Text(json.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }
}
