package cn.ecozone.title;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A recorded naming, with the title it gave ({@code null} when not named). */
public record NamingView(
        long id,
        long dossierId,
        String stepCode,
        boolean named,
        String namingBodyZh,
        @Nullable String documentNumber,
        LocalDate decidedOn,
        @Nullable String reason,
        @Nullable TitleView title) {}
