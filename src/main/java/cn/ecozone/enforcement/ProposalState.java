package cn.ecozone.enforcement;

/** Where a proposal stands: open until a person decides it. */
public enum ProposalState {
    /** 待决定. */
    OPEN,
    /** 已决定处理: a measure was decided. */
    ACTED,
    /** 不予处理, with the reason. */
    DISMISSED
}
