package cn.ecozone.enforcement.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.enforcement.Evidence;
import cn.ecozone.enforcement.Measure;
import cn.ecozone.enforcement.ProposalState;
import cn.ecozone.enforcement.RectificationState;
import cn.ecozone.enforcement.Severity;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.shared.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The candidacy's enforcement in its archive (Guizhou arts. 23–24, IM eco-civ art. 18): each proposal
 * with its evidence, decision and timeline; each rectification (order or warning period) with the
 * subject's report and its timeline, and each document uploaded for the report byte for byte (only
 * those uploaded for that rectification: a report names no other, review finding 12). Three statements
 * whatever the number of records (proposals with evidence, rectifications with their documents, the
 * timelines).
 */
@Component
class EnforcementArchive implements ArchiveContributor {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Proposals proposals;
    private final Rectifications rectifications;
    private final ProcedureManagement procedures;
    private final JsonMapper json;

    EnforcementArchive(
            Proposals proposals, Rectifications rectifications, ProcedureManagement procedures, JsonMapper json) {
        this.proposals = proposals;
        this.rectifications = rectifications;
        this.procedures = procedures;
        this.json = json;
    }

    /** A proposal as the archive keeps it. */
    record ArchivedProposal(
            long id,
            long titleId,
            String regionCode,
            String subjectName,
            String regulationCode,
            int regulationVersion,
            String sanctionCode,
            String sanctionText,
            String article,
            String noteZh,
            List<Evidence> evidence,
            ProposalState state,
            Measure measure,
            Severity severity,
            String reason,
            String decidingBody,
            String documentNumber,
            String decidedBy,
            Instant decidedAt,
            Instant openedAt,
            Long rectificationId,
            List<RunView.EntryView> timeline) {}

    /** A rectification as the archive keeps it. */
    record ArchivedRectification(
            long id,
            long titleId,
            String regionCode,
            String subjectName,
            String regulationCode,
            int regulationVersion,
            Measure stage,
            String origin,
            Long proposalId,
            Long checkId,
            String textZh,
            int workingDays,
            String periodArticle,
            String periodNote,
            LocalDate orderedOn,
            LocalDate dueOn,
            String dueExplanation,
            RectificationState state,
            String report,
            List<Document> documents,
            String orderedBy,
            Instant createdAt,
            List<RunView.EntryView> timeline) {}

    /** A document of the report as the archive lists it (its bytes are an entry of their own). */
    record Document(long documentId, String name, String uploadedBy, Instant uploadedAt) {}

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        List<ProposalEntity> ps = proposals.ofCandidacy(candidacy.candidacyId()).stream()
                .filter(p -> reader.scope().includes(p.regionPath()))
                .toList();
        List<RectificationEntity> rs = rectifications.findByCandidacyIdOrderByIdAsc(candidacy.candidacyId()).stream()
                .filter(r -> reader.scope().includes(r.regionPath()))
                .toList();
        if (ps.isEmpty() && rs.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RunView.EntryView>> timelines = procedures.timelines(Stream.concat(
                        ps.stream().map(ProposalEntity::runId), rs.stream().map(RectificationEntity::runId))
                .filter(Objects::nonNull)
                .toList());
        List<ArchiveEntry> entries = new ArrayList<>();
        for (ProposalEntity p : ps) {
            List<RunView.EntryView> timeline = timelineOf(timelines, p.runId());
            String base = "处理建议-" + p.id();
            String source = "处理建议 " + p.id() + "（" + p.sanctionCode() + "）";
            LocalDate day = LocalDate.ofInstant(p.decidedAt() == null ? p.openedAt() : p.decidedAt(), BEIJING);
            entries.add(new ArchiveEntry(
                    ArchiveSection.ENFORCEMENT, base + ".json", day, source, text(proposal(p, timeline))));
        }
        for (RectificationEntity r : rs) {
            List<RunView.EntryView> timeline = timelineOf(timelines, r.runId());
            String base = (r.stage() == Measure.WARNING ? "警告整改-" : "整改-") + r.id();
            String source = (r.stage() == Measure.WARNING ? "警告整改 " : "整改 ") + r.id();
            entries.add(new ArchiveEntry(
                    ArchiveSection.ENFORCEMENT,
                    base + ".json",
                    r.period().orderedOn(),
                    source,
                    text(rectification(r, timeline))));
            for (RectificationDocument d : r.documents()) {
                entries.add(new ArchiveEntry(
                        ArchiveSection.ENFORCEMENT,
                        base + "-附件-" + d.name(),
                        LocalDate.ofInstant(d.uploadedAt(), BEIJING),
                        source,
                        new ArchiveEntry.StoredFile(d.documentId())));
            }
        }
        return entries;
    }

    private static List<RunView.EntryView> timelineOf(Map<Long, List<RunView.EntryView>> timelines, Long runId) {
        return runId == null ? List.of() : timelines.getOrDefault(runId, List.of());
    }

    private static ArchivedProposal proposal(ProposalEntity p, List<RunView.EntryView> timeline) {
        return new ArchivedProposal(
                p.id(),
                p.titleId(),
                p.regionCode(),
                p.subjectName(),
                p.regulationCode(),
                p.regulationVersion(),
                p.sanctionCode(),
                p.sanctionText(),
                p.article(),
                p.noteZh(),
                p.evidence(),
                p.state(),
                p.measure(),
                p.severity(),
                p.reason(),
                p.decidingBody(),
                p.documentNumber(),
                p.decidedBy(),
                p.decidedAt(),
                p.openedAt(),
                p.rectificationId(),
                timeline);
    }

    private static ArchivedRectification rectification(RectificationEntity r, List<RunView.EntryView> timeline) {
        return new ArchivedRectification(
                r.id(),
                r.titleId(),
                r.regionCode(),
                r.subjectName(),
                r.regulationCode(),
                r.regulationVersion(),
                r.stage(),
                r.origin(),
                r.proposalId(),
                r.checkId(),
                r.textZh(),
                r.period().workingDays(),
                r.period().periodArticle(),
                r.period().periodNote(),
                r.period().orderedOn(),
                r.period().dueOn(),
                r.period().dueExplanation(),
                r.state(),
                r.report(),
                r.documents().stream()
                        .map(d -> new Document(d.documentId(), d.name(), d.uploadedBy(), d.uploadedAt()))
                        .toList(),
                r.orderedBy(),
                r.createdAt(),
                timeline);
    }

    private ArchiveEntry.Text text(Object value) {
        return new ArchiveEntry.Text(json.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }
}
