package cn.ecozone.plan;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a plan's text, as the plan page lists it: every upload is kept (issue 14 §4) and can be
 * downloaded with {@code GET /api/plans/{id}/document?documentId=…}.
 *
 * @param number 1 for the first upload, counting every upload of the plan over all its revisions
 * @param type the format read from the content (PDF, OFD, DOCX, DOC, WPS)
 * @param sha256 the SHA-256 of its bytes, hex, for comparing with a copy on file
 * @param seenBy the plan's acts (timeline actions, e.g. {@code EXAMINED}) that saw this version, in order
 * @param promulgated it is the text the promulgation saw (印发稿), issued under the plan's {@code
 *     promulgationNumber}
 * @param current it is the plan's current text
 */
public record PlanText(
        int number,
        long documentId,
        String name,
        @Nullable String type,
        long size,
        @Nullable String sha256,
        String uploadedBy,
        Instant uploadedAt,
        List<String> seenBy,
        boolean promulgated,
        boolean current) {}
