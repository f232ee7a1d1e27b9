package cn.ecozone.archive.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.shared.Actor;
import cn.ecozone.workplan.WorkPlanFilter;
import cn.ecozone.workplan.WorkPlanManagement;
import cn.ecozone.workplan.WorkPlanSummary;
import cn.ecozone.workplan.WorkPlanView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The subject's annual work plans of the candidacy's programme (年度工作计划, IM eco-civ art. 7): each
 * plan's record (tasks, projects, funds, filing) and its document.
 */
@Component
@Order(30)
class WorkPlanEntries implements ArchiveContributor {

    private final WorkPlanManagement workPlans;
    private final ArchiveRecords records;

    WorkPlanEntries(WorkPlanManagement workPlans, ArchiveRecords records) {
        this.workPlans = workPlans;
        this.records = records;
    }

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        List<WorkPlanSummary> found = workPlans
                .list(new WorkPlanFilter(candidacy.regionCode(), candidacy.programme(), null, null), 0, 100, reader)
                .content()
                .stream()
                .filter(s -> candidacy.regionCode().equals(s.regionCode()))
                .sorted(Comparator.comparingInt(WorkPlanSummary::year))
                .toList();
        List<ArchiveEntry> entries = new ArrayList<>();
        for (WorkPlanSummary s : found) {
            WorkPlanView w = workPlans.view(s.id(), reader);
            String source = "年度工作计划 " + w.id() + "（" + w.year() + "年）";
            entries.add(new ArchiveEntry(
                    ArchiveSection.WORK_PLAN,
                    w.year() + "年度工作计划-" + w.id() + ".json",
                    ArchiveRecords.day(w.filedAt()),
                    source,
                    records.json(w)));
            if (w.documentId() != null) {
                entries.add(new ArchiveEntry(
                        ArchiveSection.WORK_PLAN,
                        w.year() + "年度工作计划-" + w.id() + "-" + w.documentName(),
                        ArchiveRecords.day(w.filedAt()),
                        source,
                        new ArchiveEntry.StoredFile(w.documentId())));
            }
        }
        return entries;
    }
}
