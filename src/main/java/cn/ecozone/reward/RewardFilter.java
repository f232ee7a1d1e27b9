package cn.ecozone.reward;

import cn.ecozone.regulation.Programme;

/**
 * The filters of the province's reward list; each may be null.
 *
 * @param year the year of the reward's date
 * @param regionCode a region: its rewards and those below it
 * @param query part of the subject's name, the document number or the issuing body
 */
public record RewardFilter(Integer year, String regionCode, Programme programme, String query) {}
