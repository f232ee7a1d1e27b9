package cn.ecozone.publicity;

import cn.ecozone.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as the staff in scope read it: in full by its investigator and the province's staff;
 * to anyone else without the complainant's name and contact, the text, the documents and the tracking
 * number (which only the investigator reads: it is the complainant's credential).
 *
 * @param trackingNumber the complainant's tracking number, to the investigator only, else {@code null}
 * @param inFull whether the reader reads the complaint in full (else its detail answers 404)
 * @param deadlineUncertain the province has not set its deadline: the suggested value applies (silent seeds)
 * @param mayFind whether the reader is the investigator and no finding is recorded
 * @param delegatedAt when the investigation was handed to the present investigator (Guizhou art. 15),
 *     else {@code null}
 * @param mayDelegate whether the reader investigates it, no finding is recorded, it was not handed over
 *     yet, and the regulation names a body to hand it to
 */
public record ComplaintView(
        long id,
        @Nullable String trackingNumber,
        long noticeId,
        @Nullable String noticeTitle,
        @Nullable String stepCode,
        long dossierId,
        @Nullable String regionName,
        @Nullable String subjectName,
        boolean realName,
        @Nullable String complainantName,
        @Nullable String contact,
        @Nullable String text,
        Instant receivedAt,
        Role investigatorRole,
        String investigatorRegion,
        LocalDate dueOn,
        int deadlineDays,
        boolean deadlineUncertain,
        ComplaintState state,
        @Nullable Finding finding,
        @Nullable String findingText,
        @Nullable Instant foundAt,
        List<Long> attachmentIds,
        List<Long> evidenceIds,
        boolean mayFind,
        boolean inFull,
        @Nullable Instant delegatedAt,
        boolean mayDelegate,
        long version) {}
