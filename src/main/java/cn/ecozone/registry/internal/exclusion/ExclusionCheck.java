package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionVerdict;
import java.util.List;

/**
 * The check of one exclusion code (IM eco-civ art. 11, IM Two Mountains art. 9(四), Guizhou art. 7(四)):
 * reads the subject's confirmed register records in the window and answers excluded, clear or needs
 * judgement, with the records behind the answer. Implementations are Spring-free, immutable and
 * thread-safe; what the regulation's words mean in register terms (levels, categories) comes from the
 * item's parameters in the regulation data, never from the class.
 */
public interface ExclusionCheck {

    /** The exclusion code in the regulation data, e.g. {@code PETITIONS}. */
    String code();

    /** The parameter keys the item must give in the regulation data (checked at start-up). */
    default List<String> parameterKeys() {
        return List.of();
    }

    /** The province-setting keys the item must declare in the regulation data (checked at start-up). */
    default List<String> settingKeys() {
        return List.of();
    }

    /**
     * Answers the exclusion for one subject.
     *
     * @param in the item, its window and the subject's confirmed records in that window
     */
    ExclusionVerdict check(CheckInput in);
}
