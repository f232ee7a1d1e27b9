package cn.ecozone.supervision.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.regulation.TitleRules.CheckKind;
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
 * The candidacy's checks in its archive (on-site check, IM eco-civ art. 19, IM Two Mountains art. 18;
 * post-evaluation, Guizhou art. 22): per check its record (the rule's code, the edition it was checked
 * against, findings, the evidence's list, the conclusion), its timeline, and each evidence file byte for
 * byte. Five statements whatever the number of checks (checks, findings, evidence, the files' names, the
 * timelines). A concluded check's record carries the scorecard(s) it judged, frozen with its conclusion
 * in its own row ({@code judged}: the checklist or the yearly index scorecards); an open check's record
 * has none (its scorecards are still live), nor has a check concluded before they were frozen.
 */
@Component
class CheckArchive implements ArchiveContributor {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final SupervisionChecks checks;
    private final CheckFindings findings;
    private final CheckEvidences evidences;
    private final DocumentManagement documents;
    private final ProcedureManagement procedures;
    private final JsonMapper json;

    CheckArchive(
            SupervisionChecks checks,
            CheckFindings findings,
            CheckEvidences evidences,
            DocumentManagement documents,
            ProcedureManagement procedures,
            JsonMapper json) {
        this.checks = checks;
        this.findings = findings;
        this.evidences = evidences;
        this.documents = documents;
        this.procedures = procedures;
        this.json = json;
    }

    /** A check as the archive keeps it. */
    record ArchivedCheck(
            long id,
            long titleId,
            String regionCode,
            String subjectName,
            String checkCode,
            CheckKind kind,
            String regulationCode,
            int regulationVersion,
            LocalDate namedOn,
            LocalDate anniversaryOn,
            LocalDate dueOn,
            LocalDate openedOn,
            String editionCode,
            String state,
            List<Finding> findings,
            List<Evidence> evidence,
            Conclusion conclusion,
            JsonNode judged) {}

    record Finding(long id, String indicatorCode, String textZh, String recordedBy, Instant recordedAt) {}

    record Evidence(long documentId, String name, String sha256, String recordedBy, Instant recordedAt) {}

    record Conclusion(
            Boolean problemsFound,
            Boolean falsificationFound,
            Integer rectificationWorkingDays,
            String textZh,
            LocalDate concludedOn,
            String concludedBy) {}

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        List<CheckEntity> all = checks.findByCandidacyIdOrderByIdAsc(candidacy.candidacyId()).stream()
                .filter(c -> reader.scope().includes(c.regionPath()))
                .toList();
        if (all.isEmpty()) {
            return List.of();
        }
        List<Long> ids = all.stream().map(CheckEntity::id).toList();
        List<CheckFindingEntity> allFindings = findings.findByCheckIdInOrderById(ids);
        List<CheckEvidenceEntity> allEvidence = evidences.findByCheckIdInOrderById(ids);
        Map<Long, StoredDocument> files = documents.all(
                allEvidence.stream().map(CheckEvidenceEntity::documentId).toList());
        Map<Long, List<RunView.EntryView>> timelines = procedures.timelines(
                all.stream().map(CheckEntity::runId).filter(Objects::nonNull).toList());
        List<ArchiveEntry> entries = new ArrayList<>();
        for (CheckEntity c : all) {
            List<CheckEvidenceEntity> evidence = allEvidence.stream()
                    .filter(e -> e.checkId() == c.id() && files.containsKey(e.documentId()))
                    .toList();
            String kind = c.kind() == CheckKind.POST_EVALUATION ? "后评估" : "现场核查";
            String base = kind + "-" + c.id();
            String source = kind + " " + c.id() + "（" + c.checkCode() + "）";
            LocalDate day = c.concludedOn() == null ? c.openedOn() : c.concludedOn();
            entries.add(new ArchiveEntry(
                    ArchiveSection.SUPERVISION,
                    base + ".json",
                    day,
                    source,
                    text(record(c, allFindings, evidence, files))));
            entries.add(new ArchiveEntry(
                    ArchiveSection.SUPERVISION,
                    base + "-办理记录.json",
                    day,
                    source,
                    text(c.runId() == null ? List.of() : timelines.getOrDefault(c.runId(), List.of()))));
            for (CheckEvidenceEntity e : evidence) {
                entries.add(new ArchiveEntry(
                        ArchiveSection.SUPERVISION,
                        base + "-证据-" + files.get(e.documentId()).name(),
                        LocalDate.ofInstant(e.recordedAt(), BEIJING),
                        source,
                        new ArchiveEntry.StoredFile(e.documentId())));
            }
        }
        return entries;
    }

    private ArchivedCheck record(
            CheckEntity c,
            List<CheckFindingEntity> allFindings,
            List<CheckEvidenceEntity> evidence,
            Map<Long, StoredDocument> files) {
        return new ArchivedCheck(
                c.id(),
                c.titleId(),
                c.regionCode(),
                c.subjectName(),
                c.checkCode(),
                c.kind(),
                c.regulationCode(),
                c.regulationVersion(),
                c.namedOn(),
                c.anniversaryOn(),
                c.dueOn(),
                c.openedOn(),
                c.editionCode(),
                c.state().name(),
                allFindings.stream()
                        .filter(f -> f.checkId() == c.id())
                        .map(f -> new Finding(f.id(), f.indicatorCode(), f.textZh(), f.recordedBy(), f.recordedAt()))
                        .toList(),
                evidence.stream()
                        .map(e -> new Evidence(
                                e.documentId(),
                                files.get(e.documentId()).name(),
                                files.get(e.documentId()).sha256(),
                                e.recordedBy(),
                                e.recordedAt()))
                        .toList(),
                c.concludedOn() == null
                        ? null
                        : new Conclusion(
                                c.problemsFound(),
                                c.falsificationFound(),
                                c.rectificationDays(),
                                c.conclusionZh(),
                                c.concludedOn(),
                                c.concludedBy()),
                c.conclusion() == null || c.conclusion().judgedJson() == null
                        ? null
                        : json.readTree(c.conclusion().judgedJson()));
    }

    private ArchiveEntry.Text text(Object value) {
        return new ArchiveEntry.Text(json.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }
}
