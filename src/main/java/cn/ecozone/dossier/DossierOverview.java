package cn.ecozone.dossier;

import cn.ecozone.candidacy.CandidacyFilter;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.dossier.internal.OverviewWorkbook;
import cn.ecozone.registry.ExclusionManagement;
import cn.ecozone.registry.ExclusionQuery;
import cn.ecozone.registry.ExclusionReport;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.PageResult;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's candidacy-and-exclusions overview (issue 11 §2, last bullet): every candidacy in the
 * actor's scope with its latest dossier and its exclusions, computed when read, so that it is current
 * whenever a register changes. Exclusions are judged as of the submission date of a dossier in review
 * (submitted or accepted), else as of today in Asia/Shanghai, as the dossier page judges them.
 *
 * <p>Statements: a page of candidacies (the candidacy module's two), the latest dossiers of the page in
 * one, the exclusions of the page in ExclusionManagement's constant number. A filter on what is computed
 * (excluded, needs judgement, the dossier's state) reads every candidacy in scope, 500 a statement up to
 * {@link #LIMIT}, judges them in one call and pages the rows that pass.
 */
@Service
@Transactional(readOnly = true)
public class DossierOverview {

    /** The most candidacies a computed filter or an export reads. */
    static final int LIMIT = 10_000;

    private static final int BATCH = 500;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CandidacyManagement candidacies;
    private final DossierManagement dossiers;
    private final ExclusionManagement exclusions;
    private final OverviewWorkbook workbook;
    private final Clock clock;

    DossierOverview(
            CandidacyManagement candidacies,
            DossierManagement dossiers,
            ExclusionManagement exclusions,
            OverviewWorkbook workbook,
            Clock clock) {
        this.candidacies = candidacies;
        this.dossiers = dossiers;
        this.exclusions = exclusions;
        this.workbook = workbook;
        this.clock = clock;
    }

    /** One page of the overview within the actor's scope. */
    public PageResult<OverviewRow> list(OverviewFilter filter, int page, int size, Actor actor) {
        if (!filter.computed()) {
            PageResult<CandidacyView> found = candidacies.list(candidacyFilter(filter), page, size, actor);
            return new PageResult<>(rows(found.content()), found.page(), found.size(), found.totalElements());
        }
        List<OverviewRow> passing = passing(filter, actor).rows();
        int pageSize = Math.clamp(size, 1, 100);
        int from = (int) Math.min((long) Math.max(page, 0) * pageSize, passing.size());
        int to = Math.min(from + pageSize, passing.size());
        return new PageResult<>(passing.subList(from, to), Math.max(page, 0), pageSize, passing.size());
    }

    /** Writes the filtered overview (at most {@link #LIMIT} candidacies read) as an .xlsx workbook. */
    public void export(OverviewFilter filter, Actor actor, OutputStream out) throws IOException {
        Read read = passing(filter, actor);
        workbook.write(read.rows(), read.total(), clock.instant(), actor.displayName(), out);
    }

    private Read passing(OverviewFilter filter, Actor actor) {
        CandidacyFilter cf = candidacyFilter(filter);
        List<CandidacyView> all = new ArrayList<>();
        long total = 0;
        for (int page = 0; all.size() < LIMIT; page++) {
            PageResult<CandidacyView> found = candidacies.list(cf, page, BATCH, actor);
            all.addAll(found.content());
            total = found.totalElements();
            if (found.content().size() < BATCH || all.size() >= total) {
                break;
            }
        }
        List<OverviewRow> rows = rows(all).stream().filter(filter::accepts).toList();
        long counted = filter.computed() ? rows.size() + Math.max(0, total - all.size()) : total;
        return new Read(rows, counted);
    }

    private List<OverviewRow> rows(List<CandidacyView> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, DossierSummary> latest =
                dossiers.forCandidacies(page.stream().map(CandidacyView::id).toList());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        List<ExclusionQuery> queries = new ArrayList<>();
        for (CandidacyView c : page) {
            queries.add(new ExclusionQuery(
                    Long.toString(c.id()),
                    c.regionCode(),
                    c.regulationCode(),
                    c.regulationVersion(),
                    asOf(latest.get(c.id()), today)));
        }
        Map<String, ExclusionReport> reports = exclusions.evaluate(queries);
        List<OverviewRow> rows = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            CandidacyView c = page.get(i);
            ExclusionQuery q = queries.get(i);
            rows.add(OverviewRow.of(c, latest.get(c.id()), q.asOf(), reports.get(q.key())));
        }
        return rows;
    }

    /** The submission date of a dossier in review or accepted; today for none, a draft or one back with the subject. */
    static LocalDate asOf(DossierSummary dossier, LocalDate today) {
        if (dossier == null || dossier.submittedOn() == null || dossier.state().editable()) {
            return today;
        }
        return dossier.submittedOn();
    }

    private static CandidacyFilter candidacyFilter(OverviewFilter f) {
        return new CandidacyFilter(f.programme(), null, f.regionCode(), null);
    }

    private record Read(List<OverviewRow> rows, long total) {}
}
