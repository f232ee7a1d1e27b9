package cn.ecozone.deadline.web;

import cn.ecozone.deadline.DeadlineItem;
import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deadline list of the logged-in user. */
@RestController
@RequestMapping("/api/deadlines")
@Access.BusinessUser
class DeadlineController {

    private final DeadlineManagement deadlines;

    DeadlineController(DeadlineManagement deadlines) {
        this.deadlines = deadlines;
    }

    /** A page of the open deadlines overdue or due within {@code within} working days (0–250, default 10). */
    @GetMapping
    PageResult<DeadlineItem> list(
            @RequestParam(defaultValue = "10") String within,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int days;
        try {
            days = Integer.parseInt(within.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("within", "error.deadline.within");
        }
        if (days < 0 || days > 250) {
            throw ApiException.invalid("within", "error.deadline.within");
        }
        return deadlines.list(
                CurrentActor.require(), days, Problems.supported(LocaleContextHolder.getLocale()), page, size);
    }
}
