package cn.ecozone.deadline.web;

import cn.ecozone.deadline.DeadlineFilter;
import cn.ecozone.deadline.DeadlineItem;
import cn.ecozone.deadline.DeadlineListing;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.Problems;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deadline list of the logged-in user, and its export. */
@RestController
@RequestMapping("/api/deadlines")
@Access.BusinessUser
class DeadlineController {

    private final DeadlineListing deadlines;
    private final WorkbookExports exports;

    DeadlineController(DeadlineListing deadlines, WorkbookExports exports) {
        this.exports = exports;
        this.deadlines = deadlines;
    }

    /**
     * A page of the open deadlines overdue or due within {@code within} working days (0–250, default
     * 10), or up to {@code dueTo} when given; {@code dueFrom} the earliest due date; {@code overdue}
     * only overdue (true) or only not yet overdue (false); {@code q} in the title or the region's name;
     * {@code sort} one of due, title, region, kind, {@code -} before it for descending (issue 14 §6).
     */
    @GetMapping
    PageResult<DeadlineItem> list(
            @RequestParam(defaultValue = "10") String within,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) LocalDate dueFrom,
            @RequestParam(required = false) LocalDate dueTo,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return deadlines.list(
                CurrentActor.require(),
                new DeadlineFilter(days(within), q, dueFrom, dueTo, overdue, sort),
                Problems.supported(LocaleContextHolder.getLocale()),
                page,
                size);
    }

    /** The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit log. */
    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "10") String within,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) LocalDate dueFrom,
            @RequestParam(required = false) LocalDate dueTo,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        DeadlineFilter filter = new DeadlineFilter(days(within), q, dueFrom, dueTo, overdue, sort);
        exports.export(
                response,
                "Deadline:export",
                filter.exportFilters(),
                "办理期限.xlsx",
                out -> deadlines.export(
                        CurrentActor.require(), filter, Problems.supported(LocaleContextHolder.getLocale()), out));
    }

    private static int days(String within) {
        int days;
        try {
            days = Integer.parseInt(within.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("within", "error.deadline.within");
        }
        if (days < 0 || days > 250) {
            throw ApiException.invalid("within", "error.deadline.within");
        }
        return days;
    }
}
