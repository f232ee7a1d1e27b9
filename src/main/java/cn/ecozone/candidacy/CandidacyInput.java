package cn.ecozone.candidacy;

import cn.ecozone.regulation.Programme;

/**
 * A new candidacy: the subject is the region {@code regionCode}, or its construction unit {@code unitId}
 * when given.
 *
 * @param note what the keeper wants to remember, up to 500 characters
 */
public record CandidacyInput(String regionCode, Long unitId, Programme programme, String note) {}
