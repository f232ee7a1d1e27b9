package cn.ecozone.supervision;

import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.TitleRules.CheckKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A check as its list shows it.
 *
 * @param anniversaryOn the day the title was held N full years (满N年)
 * @param dueOn the day the check fell due: the anniversary, later by the province's delay (适时)
 * @param openedOn the day the job opened it (later than {@code dueOn} only when the job missed days)
 * @param state {@code OPEN} or {@code CONCLUDED}
 */
public record CheckSummary(
        long id,
        long titleId,
        String regionCode,
        String regionName,
        String subjectName,
        Programme programme,
        String checkCode,
        CheckKind kind,
        String regulationCode,
        int regulationVersion,
        LocalDate namedOn,
        LocalDate anniversaryOn,
        LocalDate dueOn,
        LocalDate openedOn,
        String state,
        @Nullable Boolean problemsFound,
        @Nullable LocalDate concludedOn,
        @Nullable Long runId,
        long version) {}
