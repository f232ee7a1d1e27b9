package cn.ecozone.dossier;

import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A dossier already in review (submitted) is now excluded, and was not before, because a register
 * record was entered, corrected or confirmed (issue 11 §2: "A new record that excludes a candidacy
 * already in review notifies the province"). Published once per dossier and record by the dossier
 * module after re-evaluating the dossier as of its submission date; the {@code notification} module
 * tells the province department staff of {@code provinceCode}.
 *
 * @param dossierId the dossier now excluded
 * @param subjectName the subject, e.g. 多伦县人民政府
 * @param regionCode the subject's region
 * @param provinceCode the province whose department receives the dossier's review
 * @param submittedOn the submission date, the last day of the exclusion window
 * @param recordId the register record whose change excluded it
 * @param exclusionsZh the sentences of the exclusions now met, e.g. 发生重大、特大突发环境事件
 * @param link the UI path of the dossier
 */
@NamedInterface("events")
public record DossierExclusionFound(
        long dossierId,
        String subjectName,
        String regionCode,
        String provinceCode,
        LocalDate submittedOn,
        long recordId,
        List<String> exclusionsZh,
        String link) {

    /** The same for every delivery of this event: one notification per dossier and record. */
    public String key() {
        return "dossier:" + dossierId + ":excluded-by:" + recordId;
    }
}
