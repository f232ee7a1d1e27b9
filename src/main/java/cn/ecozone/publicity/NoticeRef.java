package cn.ecozone.publicity;

import java.time.LocalDate;

/**
 * A published notice that lists a dossier.
 *
 * @param stepCode the chain step the notice publicises, e.g. {@code PUBLICITY}, {@code PROVINCE_PUBLICITY}
 * @param documentNumber the decision to publicise (文号), or {@code null} when none was recorded
 * @param from the day of publication (day 1 of the period)
 * @param to the last day of the period
 * @param issuerZh the issuing body's name
 */
public record NoticeRef(
        long noticeId, String stepCode, String documentNumber, LocalDate from, LocalDate to, String issuerZh) {}
