package cn.ecozone.candidacy;

import cn.ecozone.shared.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a keeper of the pool may do to a candidacy: the transition table. Each action names the states it
 * starts from, the state it leads to, whether it needs a reason and which roles may take it.
 */
public enum CandidacyAction {
    /** 转入培育. */
    CULTIVATE(EnumSet.of(CandidacyState.RESERVE), CandidacyState.CULTIVATING, false, false),
    /** 进入规划编制; also taken by the system when a plan of the subject and programme starts. */
    START_PLANNING(
            EnumSet.of(CandidacyState.RESERVE, CandidacyState.CULTIVATING), CandidacyState.PLANNING, false, false),
    /** 进入申报. */
    APPLY(EnumSet.of(CandidacyState.PLANNING), CandidacyState.APPLYING, false, false),
    /** 记录命名: the title was granted. */
    TITLE(EnumSet.of(CandidacyState.APPLYING), CandidacyState.TITLED, false, true),
    /** 撤销命名, with the reason. */
    REVOKE(EnumSet.of(CandidacyState.TITLED), CandidacyState.REVOKED, true, true),
    /** 退出储备库, with the reason. */
    WITHDRAW(
            EnumSet.of(
                    CandidacyState.RESERVE,
                    CandidacyState.CULTIVATING,
                    CandidacyState.PLANNING,
                    CandidacyState.APPLYING),
            CandidacyState.WITHDRAWN,
            true,
            false),
    /** 退回储备库, with the reason (e.g. an application that did not pass). */
    BACK_TO_RESERVE(
            EnumSet.of(CandidacyState.CULTIVATING, CandidacyState.PLANNING, CandidacyState.APPLYING),
            CandidacyState.RESERVE,
            true,
            false);

    private final Set<CandidacyState> from;
    private final CandidacyState to;
    private final boolean needsReason;
    private final boolean provinceOnly;

    CandidacyAction(Set<CandidacyState> from, CandidacyState to, boolean needsReason, boolean provinceOnly) {
        this.from = from;
        this.to = to;
        this.needsReason = needsReason;
        this.provinceOnly = provinceOnly;
    }

    public boolean startsFrom(CandidacyState state) {
        return from.contains(state);
    }

    public CandidacyState to() {
        return to;
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** Whether a user of this role may take the action on a candidacy in its scope. */
    public boolean allows(Role role) {
        return role == Role.PROVINCE_STAFF || (!provinceOnly && role == Role.PREFECTURE_STAFF);
    }
}
