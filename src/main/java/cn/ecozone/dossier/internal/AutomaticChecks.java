package cn.ecozone.dossier.internal;

import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.RegulationSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Every eligibility condition the regulation data marks {@code automatic} has a check here, or the start
 * stops: a condition the data says the platform checks must never be silently answered like any other.
 */
@Component
class AutomaticChecks implements SmartInitializingSingleton {

    /** The conditions the platform checks itself ({@link Eligibility}). */
    static final Set<String> CHECKED = Set.of(Eligibility.PLAN_VALID);

    private final RegulationManagement regulations;

    AutomaticChecks(RegulationManagement regulations) {
        this.regulations = regulations;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Regulation> all = new ArrayList<>();
        for (RegulationSummary s : regulations.versions(true)) {
            regulations.find(s.code(), s.version()).ifPresent(all::add);
        }
        requireChecked(all);
    }

    /**
     * @throws IllegalStateException naming the regulation and the code when an automatic condition has no
     *     check
     */
    static void requireChecked(List<Regulation> regulations) {
        for (Regulation r : regulations) {
            if (r.application() == null) {
                continue;
            }
            for (String code : r.application().automaticEligibility()) {
                if (!CHECKED.contains(code)) {
                    throw new IllegalStateException("regulation " + r.code() + " v" + r.version()
                            + ": eligibility condition " + code
                            + " is marked automatic, but the platform has no check for it (checks: " + CHECKED + ")");
                }
            }
        }
    }
}
