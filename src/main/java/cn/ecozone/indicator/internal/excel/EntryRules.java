package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.ValueInput;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.shared.Actor;

/**
 * The rules every change of a value passes, as {@code IndicatorValueManagement} applies them to a
 * single entry; handed to the import so that both paths apply the very same checks. Each method
 * throws {@link cn.ecozone.shared.ApiException} for the first rule broken.
 */
public interface EntryRules {

    /** The region is in the actor's scope, the year in the edition, the actor the subject, the year open. */
    void checkEntry(String edition, String regionCode, int year, String indicator, Actor actor);

    /**
     * As {@link #checkEntry}, after locking the year's submission row, for the save inside its write
     * transaction: a submission of the same year then waits for the save, or the save sees it.
     */
    void checkEntryLocked(String edition, String regionCode, int year, String indicator, Actor actor);

    /** The value suits the indicator: {@code ValueChecks}, the one validation of every value. */
    void checkValue(EditionModel.Row row, ValueInput input);
}
