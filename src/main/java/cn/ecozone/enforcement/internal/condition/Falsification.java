package cn.ecozone.enforcement.internal.condition;

import cn.ecozone.registry.RegisterKind;
import java.util.List;

/**
 * Guizhou art. 24(7): 在后评估过程中存在弄虚作假行为的 — a monitoring-data falsification case in the
 * registers since the naming (the post-evaluation's span is the title's; uncertain, docs/enforcement.md).
 * A post-evaluation that concluded with falsification found opens the same proposal from the
 * conclusion ({@code CheckWatch}).
 */
public final class Falsification implements Condition {

    @Override
    public String code() {
        return "FRAUD";
    }

    @Override
    public List<Match> match(ConditionInput in) {
        return in.of(RegisterKind.DATA_FALSIFICATION).stream().map(Match::of).toList();
    }
}
