package cn.ecozone.candidacy;

import cn.ecozone.regulation.Programme;

/**
 * What the candidate pool list is filtered by; every field may be null.
 *
 * @param regionCode a region whose candidacies are listed together with those of its descendants
 * @param query text contained in the subject's name
 */
public record CandidacyFilter(Programme programme, CandidacyState state, String regionCode, String query) {}
