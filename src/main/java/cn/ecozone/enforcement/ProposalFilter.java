package cn.ecozone.enforcement;

/**
 * The proposal list's filters, each optional.
 *
 * @param regionCode a region within the reader's scope: its proposals and those below it
 * @param search part of the subject's name
 */
public record ProposalFilter(ProposalState state, String code, String regionCode, String search) {}
