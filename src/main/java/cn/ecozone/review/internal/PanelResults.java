package cn.ecozone.review.internal;

import cn.ecozone.review.PanelResult;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Forms a dossier's panel result from the closed or complete score sheets. */
@Component
public class PanelResults {

    public Optional<PanelResult> of(long dossierId, String stepCode) {
        return Optional.empty();
    }
}
