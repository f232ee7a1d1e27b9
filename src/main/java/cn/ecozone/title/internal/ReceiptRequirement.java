package cn.ecozone.title.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code PLATFORM_RECEIPT} (IM eco-civ art. 16): the subject recorded its submission on the national
 * platform for this run of the dossier.
 */
@Component
class ReceiptRequirement implements StepRequirement {

    private final Receipts receipts;

    ReceiptRequirement(Receipts receipts) {
        this.receipts = receipts;
    }

    @Override
    public Requirement requirement() {
        return Requirement.PLATFORM_RECEIPT;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        boolean recorded = "DOSSIER".equals(context.subjectType())
                && receipts.findByDossierId(context.subjectId())
                        .filter(r -> r.runId() == context.runId())
                        .isPresent();
        return recorded
                ? Optional.empty()
                : Optional.of(Unmet.of(Requirement.PLATFORM_RECEIPT, "title.receipt.missing"));
    }
}
