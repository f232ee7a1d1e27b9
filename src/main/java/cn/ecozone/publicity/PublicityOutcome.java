package cn.ecozone.publicity;

import java.util.List;

/**
 * What publicity found about a dossier: the published notices that list it and its complaints by state
 * and finding.
 *
 * @param complaints every complaint about the dossier
 * @param open complaints without a finding yet
 * @param foundTrue complaints found true (属实)
 * @param untrueOrUnsupported complaints found untrue or unsupported
 * @param resolved complaints found resolved
 * @param blocking whether a complaint blocks recommendation and naming: one without a finding, or one
 *     found true unless the dossier was publicised anew on its step after the finding (Guizhou art. 16)
 */
public record PublicityOutcome(
        long dossierId,
        List<NoticeRef> notices,
        int complaints,
        int open,
        int foundTrue,
        int untrueOrUnsupported,
        int resolved,
        boolean blocking) {

    public PublicityOutcome {
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** A dossier no published notice lists and nobody complained about. */
    public static PublicityOutcome none(long dossierId) {
        return new PublicityOutcome(dossierId, List.of(), 0, 0, 0, 0, 0, false);
    }
}
