package cn.ecozone.plan;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a plan's text, or an issuing document (印发文件) a promulgation carried, as the plan
 * page lists them: every upload is kept (issue 14 §4) and can be downloaded with {@code GET
 * /api/plans/{id}/document?documentId=…}.
 *
 * @param kind a version of the text, or the issuing document of a promulgation
 * @param number 1 for the first upload of its kind, counting every upload of that kind over all the
 *     plan's revisions
 * @param type the format read from the content (PDF, OFD, DOCX, DOC, WPS)
 * @param sha256 the SHA-256 of its bytes, hex, for comparing with a copy on file
 * @param seenBy the plan's acts (timeline actions, e.g. {@code EXAMINED}) that saw this version, in order
 * @param promulgated it is the text the latest promulgation saw (印发稿), issued under the plan's {@code
 *     promulgationNumber}, or the issuing document that promulgation carried
 * @param current it is the plan's current text
 */
public record PlanText(
        Kind kind,
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
        boolean current) {

    /** What a kept file of the plan is. */
    public enum Kind {
        /** A version of the plan's text. */
        TEXT,
        /** The issuing document (印发文件) a promulgation carried. */
        ISSUING_DOCUMENT
    }
}
