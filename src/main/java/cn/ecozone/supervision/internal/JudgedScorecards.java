package cn.ecozone.supervision.internal;

import cn.ecozone.indicator.Scorecard;
import java.util.List;

/**
 * The scorecard(s) a check judges: an on-site check's checklist (IM eco-civ art. 19), or a
 * post-evaluation's Two Mountains Index scorecards, one per year since naming (Guizhou art. 22). Live
 * while the check is open; frozen as JSON with the conclusion ({@link CheckConclusion#judgedJson()}).
 *
 * @param checklist the on-site check's scorecard, or null (a post-evaluation, or no edition)
 * @param index the post-evaluation's yearly scorecards; empty for an on-site check
 */
record JudgedScorecards(Scorecard checklist, List<Scorecard> index) {

    static final JudgedScorecards NONE = new JudgedScorecards(null, List.of());

    JudgedScorecards {
        index = index == null ? List.of() : List.copyOf(index);
    }
}
