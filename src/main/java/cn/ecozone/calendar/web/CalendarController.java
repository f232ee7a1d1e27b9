package cn.ecozone.calendar.web;

import cn.ecozone.calendar.CalendarDay;
import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.calendar.CalendarYear;
import cn.ecozone.calendar.Counting;
import cn.ecozone.calendar.Deadline;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous read of the working-day calendar and deadlines; the system admin enters future years.
 * Malformed dates and counts are answered with 422, like a year without a calendar.
 */
@RestController
@RequestMapping("/api/calendar")
@Access.Public
class CalendarController {

    private final CalendarManagement calendar;

    CalendarController(CalendarManagement calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/days/{date}")
    CalendarDay day(@PathVariable String date) {
        return calendar.day(date("date", date));
    }

    @GetMapping("/deadline")
    Deadline deadline(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String workingDays,
            @RequestParam(required = false, defaultValue = "NEXT_DAY") String counting) {
        return calendar.deadline(
                date("from", from),
                count(workingDays),
                counting(counting),
                Problems.supported(LocaleContextHolder.getLocale()));
    }

    @GetMapping("/working-days")
    WorkingDays workingDays(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        return new WorkingDays(start, end, calendar.workingDaysBetween(start, end));
    }

    @GetMapping("/years")
    List<CalendarYear.Summary> years() {
        return calendar.years();
    }

    @GetMapping("/years/{year}")
    CalendarYear year(@PathVariable int year) {
        return calendar.year(year);
    }

    @PutMapping("/years/{year}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    CalendarYear publish(@PathVariable int year, @Valid @RequestBody NoticeRequest body) {
        if (year < 2000 || year > 2100) {
            throw ApiException.invalid("year", "error.calendar.year.range");
        }
        return calendar.publish(
                year,
                body.source().strip(),
                body.holidays(),
                body.adjustedWorkingDays() == null ? List.of() : body.adjustedWorkingDays(),
                body.version());
    }

    record NoticeRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
            String source,

            @NotNull(message = "{validation.required}") @Size(min = 1, max = 20, message = "{validation.size.between}")
            List<CalendarYear.HolidayRange> holidays,

            @Size(max = 20, message = "{validation.size.max}")
            List<CalendarYear.AdjustedDay> adjustedWorkingDays,

            Long version) {}

    record WorkingDays(LocalDate from, LocalDate to, int workingDays) {}

    private static LocalDate date(String field, String text) {
        try {
            if (text == null) {
                throw new DateTimeParseException("missing", "", 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.unprocessable("invalid-date", field, "error.calendar.date", String.valueOf(text));
        }
    }

    private static int count(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.unprocessable(
                    "invalid-working-days", "workingDays", "error.calendar.working-days", String.valueOf(text));
        }
    }

    private static Counting counting(String text) {
        try {
            return Counting.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("invalid-counting", "counting", "error.calendar.counting", text);
        }
    }
}
