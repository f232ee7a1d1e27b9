package cn.ecozone.title.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code PLATFORM_RECEIPT} (IM eco-civ art. 16): the subject recorded its submission on the national
 * platform for this run at the step's current opening. The Ministry's result step returns to {@code
 * NATIONAL_PLATFORM} (its previous step), so a step opened again needs a receipt of its own (ADR 0027).
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
        return Optional.ofNullable(checkAll(List.of(context)).get(context.runId()));
    }

    /** One statement for any number of runs. */
    @Override
    public Map<Long, Unmet> checkAll(Collection<Context> contexts) {
        List<Long> runs = contexts.stream()
                .filter(c -> "DOSSIER".equals(c.subjectType()))
                .map(Context::runId)
                .distinct()
                .toList();
        Set<String> recorded = new HashSet<>();
        if (!runs.isEmpty()) {
            for (Object[] row : receipts.openingsOf(runs)) {
                recorded.add(((Number) row[0]).longValue() + "/" + ((Number) row[1]).intValue());
            }
        }
        Map<Long, Unmet> unmet = new LinkedHashMap<>();
        for (Context c : contexts) {
            if (!"DOSSIER".equals(c.subjectType()) || !recorded.contains(c.runId() + "/" + c.opening())) {
                unmet.put(c.runId(), Unmet.of(Requirement.PLATFORM_RECEIPT, "title.receipt.missing"));
            }
        }
        return unmet;
    }
}
