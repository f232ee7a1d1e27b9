package cn.ecozone.report;

import cn.ecozone.regulation.Citation;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.RegulationSummary;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.report.internal.ReportSettingRows;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The due days of yearly reports the rules leave open ("按要求", "定期": IM eco-civ art. 17, IM Two
 * Mountains art. 17, GZ art. 18): the regulation ships a suggestion marked silent, and the province's
 * staff set their own day per regulation and check. A report opened later is due on the province's day.
 * Each change is audited with the old and new value ({@link ReportSettingChanged}).
 */
@Service
@Transactional(readOnly = true)
public class ReportSettingManagement {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final int NOTE_LENGTH = 500;

    private final RegulationManagement regulations;
    private final ReportSettingRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportSettingManagement(
            RegulationManagement regulations, ReportSettingRows rows, ApplicationEventPublisher events, Clock clock) {
        this.regulations = regulations;
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    /** The due days of the latest published regulations of the actor's province (province staff). */
    public List<ReportSetting> list(Actor actor) {
        String jurisdiction = province(actor.regionPath());
        Map<String, ReportSettingRows.Row> stored = rows.of(jurisdiction).stream()
                .collect(Collectors.toMap(r -> r.regulationCode() + "/" + r.checkCode(), Function.identity()));
        List<ReportSetting> result = new ArrayList<>();
        for (Regulation r : latest(jurisdiction)) {
            for (TitleRules.Check c : reports(r)) {
                result.add(view(r, c, stored.get(r.code() + "/" + c.code())));
            }
        }
        return result;
    }

    /** Sets the province's due day of one report; a stale version is 409, a bad day 400 naming the field. */
    @Transactional
    public ReportSetting change(Actor actor, ReportSetting.Change change) {
        String jurisdiction = province(actor.regionPath());
        Regulation regulation = latest(jurisdiction).stream()
                .filter(r -> r.code().equals(change.regulationCode()))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("report.setting.not-found", change.regulationCode()));
        TitleRules.Check check = reports(regulation).stream()
                .filter(c -> c.code().equals(change.checkCode()))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("report.setting.not-found", change.checkCode()));
        String monthDay = monthDay(change.monthDay());
        String note = change.note() == null || change.note().isBlank()
                ? null
                : change.note().strip();
        if (note != null && note.length() > NOTE_LENGTH) {
            throw ApiException.invalid("note", "validation.size.max", NOTE_LENGTH);
        }
        var current = rows.find(jurisdiction, regulation.code(), check.code());
        if (current.isEmpty()) {
            if (change.version() != null) {
                throw ApiException.conflict("error.conflict.stale");
            }
            try {
                rows.insert(
                        jurisdiction,
                        regulation.code(),
                        check.code(),
                        monthDay,
                        note,
                        actor.username(),
                        clock.instant());
            } catch (DuplicateKeyException e) {
                throw ApiException.conflict("error.conflict.stale");
            }
        } else if (change.version() == null
                || !rows.update(
                        current.get().id(), change.version(), monthDay, note, actor.username(), clock.instant())) {
            throw ApiException.conflict("error.conflict.stale");
        }
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(
                changes,
                "monthDay",
                current.map(ReportSettingRows.Row::monthDay).orElse(null),
                monthDay);
        FieldChange.addIfChanged(
                changes, "note", current.map(ReportSettingRows.Row::note).orElse(null), note);
        events.publishEvent(new ReportSettingChanged(jurisdiction, regulation.code(), check.code(), note, changes));
        return view(
                regulation,
                check,
                rows.find(jurisdiction, regulation.code(), check.code()).orElseThrow());
    }

    /** A report's due date for {@code year}: the province's day in the next year, else the regulation's. */
    public record Due(LocalDate date, boolean fromSetting) {}

    /**
     * The day the report on {@code year} is due: the province's day in the year after, or else the
     * regulation's suggestion (29 February in a year without one: 28 February, as {@link MonthDay#atYear}).
     *
     * @return empty when neither the province nor the regulation gives a day
     */
    public Optional<Due> due(String jurisdiction, Regulation regulation, TitleRules.Check check, int year) {
        var own = rows.find(jurisdiction, regulation.code(), check.code());
        if (own.isPresent()) {
            return Optional.of(
                    new Due(MonthDay.parse("--" + own.get().monthDay()).atYear(year + 1), true));
        }
        if (check.due() == null) {
            return Optional.empty();
        }
        return Optional.of(new Due(check.due().monthDay().atYear(year + 1), false));
    }

    /** The province of a region path: its first code. */
    static String province(String regionPath) {
        return regionPath.substring(1, regionPath.indexOf('/', 1));
    }

    private static String monthDay(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalid("monthDay", "validation.required");
        }
        try {
            return MonthDay.parse("--" + text.strip()).format(MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("monthDay", "report.setting.month-day", text.strip());
        }
    }

    private List<Regulation> latest(String jurisdiction) {
        return regulations.versions(false).stream()
                .filter(s -> jurisdiction.equals(s.jurisdiction()))
                .map(RegulationSummary::code)
                .distinct()
                .map(code -> regulations.latest(code, false))
                .toList();
    }

    private static List<TitleRules.Check> reports(Regulation r) {
        return r.title() == null ? List.of() : r.title().checks(TitleRules.CheckKind.ANNUAL_REPORT);
    }

    private static ReportSetting view(Regulation r, TitleRules.Check c, ReportSettingRows.Row row) {
        Citation due = c.due() == null ? null : c.due().citation();
        return new ReportSetting(
                r.jurisdiction(),
                r.code(),
                r.version(),
                r.titleZh(),
                c.code(),
                c.textZh(),
                c.citation() == null ? null : c.citation().article(),
                c.due() == null ? null : c.due().monthDay().format(MONTH_DAY),
                due != null && due.silent(),
                due != null && due.uncertain(),
                due == null ? null : due.noteZh(),
                row == null ? null : row.monthDay(),
                row == null ? null : row.note(),
                row == null ? null : row.setBy(),
                row == null ? null : row.setAt(),
                row == null ? null : row.version());
    }
}
