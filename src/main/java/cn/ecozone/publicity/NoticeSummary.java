package cn.ecozone.publicity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A notice in a list (the staff's per round, the public index). */
public record NoticeSummary(
        long id,
        long roundId,
        String stepCode,
        String title,
        String issuerName,
        @Nullable String documentNumber,
        LocalDate publishedOn,
        LocalDate endsOn,
        NoticeState state,
        boolean open,
        int listed) {}
