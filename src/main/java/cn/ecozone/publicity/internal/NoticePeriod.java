package cn.ecozone.publicity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A notice's period as the façade computed it from the working-day calendar: the day of publication,
 * the last day, the earliest last day the regulation allows, and the explanation in Chinese and English
 * (one sentence a line).
 */
@Embeddable
public record NoticePeriod(
        @Column(name = "published_on") LocalDate publishedOn,
        @Column(name = "ends_on") LocalDate endsOn,
        @Column(name = "minimum_ends_on") LocalDate minimumEndsOn,
        @Column(name = "explanation_zh") String zh,
        @Column(name = "explanation_en") String en) {

    /** Whether {@code day} lies in the period, both ends included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(publishedOn) && !day.isAfter(endsOn);
    }
}
