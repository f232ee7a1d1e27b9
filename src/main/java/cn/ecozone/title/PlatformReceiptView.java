package cn.ecozone.title;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The subject's submission on 国家生态文明示范建设管理平台 (IM eco-civ art. 16): the day it submitted
 * and the platform's receipt, as a number, an uploaded receipt document, or both.
 *
 * @param documentId the uploaded receipt (module {@code document}), or {@code null}
 */
public record PlatformReceiptView(
        long id,
        long dossierId,
        long candidacyId,
        LocalDate submittedOn,
        @Nullable String receiptNumber,
        @Nullable Long documentId,
        String recordedBy,
        Instant recordedAt) {}
