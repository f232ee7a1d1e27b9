package cn.ecozone.grading.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.shared.Actor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Xilingol grades of the candidacy in its archive (001 arts. 9–10): each grade the committee office
 * recorded on one of the candidacy's self-assessment dossiers, with the panel's total, the band and the
 * comprehensive opinion; nothing for candidacies without one. A constant number of statements: the
 * candidacy's links, then the grades of all its dossiers at once.
 */
@Component
class GradeArchive implements ArchiveContributor {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final CandidacyManagement candidacies;
    private final GradeRows grades;
    private final JsonMapper json;

    GradeArchive(CandidacyManagement candidacies, GradeRows grades, JsonMapper json) {
        this.candidacies = candidacies;
        this.grades = grades;
        this.json = json;
    }

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        List<Long> dossiers = candidacies.view(candidacy.candidacyId(), reader).links().stream()
                .filter(l -> "DOSSIER".equals(l.kind()))
                .map(CandidacyView.Link::recordId)
                .distinct()
                .toList();
        List<ArchiveEntry> entries = new ArrayList<>();
        for (GradeRows.Grade g : grades.allOf(dossiers)) {
            if (!reader.scope().includes(g.regionPath())) {
                continue;
            }
            entries.add(new ArchiveEntry(
                    ArchiveSection.GRADING,
                    g.evaluatedYear() + "年度评估-申报材料" + g.dossierId() + "-等次.json",
                    LocalDate.ofInstant(g.gradedAt(), BEIJING),
                    "年度评估等次（申报材料 " + g.dossierId() + "，" + g.evaluatedYear() + "年度）",
                    new ArchiveEntry.Text(json.writerWithDefaultPrettyPrinter().writeValueAsString(g))));
        }
        return entries;
    }
}
