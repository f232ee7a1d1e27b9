package cn.ecozone.enforcement;

import cn.ecozone.enforcement.internal.EnforcementLists;
import cn.ecozone.enforcement.internal.EnforcementWorkbooks;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposal and rectification lists with search, filters and order, and their Excel exports (issue
 * 14 §5, §6): what a list shows is what its export writes, both bound to the reader's data scope.
 */
@Service
@Transactional(readOnly = true)
public class EnforcementListing {

    /** The most rows one export writes. */
    public static final int EXPORT_LIMIT = 10_000;

    private static final int MAX_PAGE_SIZE = 100;

    private final EnforcementLists lists;
    private final Clock clock;

    EnforcementListing(EnforcementLists lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    /**
     * A page of the rectifications in the actor's scope that match the filter, in its order: two
     * statements (region names from the cached tree), however many rows.
     *
     * @throws cn.ecozone.shared.ApiException 400 naming {@code sort} for an unknown key; 404 for a region
     *     outside the scope
     */
    public PageResult<RectificationSummary> rectifications(RectificationFilter f, int page, int size, Actor actor) {
        return lists.rectifications(f, Paging.of(page, size, MAX_PAGE_SIZE), actor);
    }

    /**
     * Every rectification the list shows with this filter (up to {@value #EXPORT_LIMIT}) as an .xlsx
     * workbook, written for the controller, which records the export in the audit log through {@code WorkbookExports}.
     */
    public void exportRectifications(RectificationFilter f, Actor actor, OutputStream out) throws IOException {
        PageResult<RectificationSummary> rows = lists.rectifications(f, PageRequest.of(0, EXPORT_LIMIT), actor);
        EnforcementWorkbooks.rectifications(rows, f, clock.instant(), actor.displayName(), out);
    }

    /**
     * A page of the proposals in the actor's scope that match the filter, in its order: two statements,
     * however many rows.
     *
     * @throws cn.ecozone.shared.ApiException 400 naming {@code sort} for an unknown key, {@code q} for a
     *     search over 100 characters; 404 for a region outside the scope
     */
    public PageResult<ProposalSummary> proposals(ProposalFilter f, int page, int size, Actor actor) {
        return lists.proposals(f, Paging.of(page, size, MAX_PAGE_SIZE), actor);
    }

    /**
     * Every proposal the list shows with this filter (up to {@value #EXPORT_LIMIT}) as an .xlsx workbook,
     * written for the controller, which records the export in the audit log through {@code WorkbookExports}.
     */
    public void exportProposals(ProposalFilter f, Actor actor, OutputStream out) throws IOException {
        PageResult<ProposalSummary> rows = lists.proposals(f, PageRequest.of(0, EXPORT_LIMIT), actor);
        EnforcementWorkbooks.proposals(rows, f, clock.instant(), actor.displayName(), out);
    }
}
