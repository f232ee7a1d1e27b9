package cn.ecozone.enforcement.internal.condition;

import java.util.List;

/**
 * One condition of the rules after the title (Guizhou art. 24 (1)–(7); IM eco-civ art. 18), in the style
 * of the registry's exclusion checks: Spring-free, immutable, thread-safe. Given a titled subject's
 * evidence it answers which records match, one {@link Match} per triggering record; it never decides
 * anything: a match only opens a proposal a person decides.
 */
public interface Condition {

    /** The sanction code in the regulation data, e.g. {@code MAJOR_INCIDENT}. */
    String code();

    /** The matches in {@code in}, one per triggering record; empty when none. */
    List<Match> match(ConditionInput in);
}
