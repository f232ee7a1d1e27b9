package cn.ecozone.supervision;

import cn.ecozone.regulation.TitleRules;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A scheduled check after the title (on-site check or post-evaluation) was concluded. Published
 * persistently (the event publication registry) in the transaction that records the conclusion; the
 * enforcement module opens a rectification order from it where {@code problemsFound} (Guizhou art. 23)
 * and a proposal where {@code falsificationFound} (Guizhou art. 24(7)).
 *
 * @param checkId the check's id in the supervision module
 * @param titleId the title checked (module {@code title})
 * @param candidacyId the title's candidacy
 * @param regionCode the titled subject's region
 * @param regionPath that region's materialized path, for data scope
 * @param regulationCode the regulation whose check rule applied (the version in force on the check date)
 * @param regulationVersion its version
 * @param checkCode the rule's code, e.g. {@code POST_EVALUATION_3Y}
 * @param kind {@code SITE_CHECK} or {@code POST_EVALUATION}
 * @param concludedOn the day of the conclusion (Beijing)
 * @param problemsFound whether the conclusion found problems that need rectification
 * @param falsificationFound whether falsification (弄虚作假) was found during the check
 * @param rectificationWorkingDays the period the conclusion sets for rectification, or {@code null} to
 *     use the regulation data's suggested period
 * @param findingsZh the conclusion's findings and feedback, as written
 * @param concludedBy the username of the person who concluded it
 */
public record CheckConcluded(
        long checkId,
        long titleId,
        long candidacyId,
        String regionCode,
        String regionPath,
        String regulationCode,
        int regulationVersion,
        String checkCode,
        TitleRules.CheckKind kind,
        LocalDate concludedOn,
        boolean problemsFound,
        boolean falsificationFound,
        Integer rectificationWorkingDays,
        String findingsZh,
        String concludedBy,
        Instant at) {

    /**
     * The longest rectification period in working days (about one year) a conclusion may set, and the
     * enforcement module may order: one bound on both sides, so an accepted conclusion is always ordered.
     */
    public static final int MAX_RECTIFICATION_WORKING_DAYS = 250;
}
