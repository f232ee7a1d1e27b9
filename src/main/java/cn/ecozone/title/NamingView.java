package cn.ecozone.title;

import java.time.LocalDate;

/** A recorded naming, with the title it gave ({@code null} when not named). */
public record NamingView(
        long id,
        long dossierId,
        String stepCode,
        boolean named,
        String namingBodyZh,
        String documentNumber,
        LocalDate decidedOn,
        String reason,
        TitleView title) {}
