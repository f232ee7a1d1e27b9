package cn.ecozone.registry;

import java.time.LocalDate;

/**
 * One subject to check against the exclusions of a regulation version.
 *
 * @param key the caller's key for the answer (e.g. a dossier id), unique within one call
 * @param regionCode the subject's region; records in that region and every region within it count
 * @param asOf the dossier's submission date (or today for a preview): the window's last day
 */
public record ExclusionQuery(
        String key, String regionCode, String regulationCode, int regulationVersion, LocalDate asOf) {}
