package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Stops start-up when a shipped regulation names an exclusion code without its check class, or an item
 * lacks a parameter or setting its class reads ({@link ExclusionChecks#verify}), as
 * {@code ProcedureDefinitions} does for paths.
 */
@Component
class ExclusionChecksVerifier implements SmartInitializingSingleton {

    private final RegulationManagement regulations;

    ExclusionChecksVerifier(RegulationManagement regulations) {
        this.regulations = regulations;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Regulation> all = regulations.versions(true).stream()
                .map(s -> regulations.find(s.code(), s.version()).orElseThrow())
                .toList();
        ExclusionChecks.verify(all);
    }
}
