package cn.ecozone.candidacy;

import java.util.Set;

/** Where a candidacy stands. {@code REVOKED} and {@code WITHDRAWN} close it for good. */
public enum CandidacyState {
    /** 储备库: in the province's candidate pool. */
    RESERVE,
    /** 培育: cultivated towards an application. */
    CULTIVATING,
    /** 规划编制: its plan is being compiled or examined. */
    PLANNING,
    /** 申报: its application runs. */
    APPLYING,
    /** 已命名: it holds the title. */
    TITLED,
    /** 撤销命名: its title was revoked. */
    REVOKED,
    /** 退出: it left the pool. */
    WITHDRAWN;

    /** The states in which a candidacy is closed and no longer blocks a new one of its subject. */
    public static final Set<CandidacyState> CLOSED = Set.of(REVOKED, WITHDRAWN);

    public boolean closed() {
        return CLOSED.contains(this);
    }
}
