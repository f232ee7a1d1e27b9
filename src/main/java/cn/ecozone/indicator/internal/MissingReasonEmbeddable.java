package cn.ecozone.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Why an applicable indicator has no value in a submitted year (V107 {@code indicator_missing_reason},
 * DHIS2's "missing values require a comment"); held by {@link SubmissionEntity}.
 */
@Embeddable
public record MissingReasonEmbeddable(
        @Column(name = "indicator_code") String indicator,
        @Column(name = "reason") String reason) {}
