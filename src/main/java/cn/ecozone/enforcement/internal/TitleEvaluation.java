package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.internal.condition.Condition;
import cn.ecozone.enforcement.internal.condition.ConditionInput;
import cn.ecozone.enforcement.internal.condition.Conditions;
import cn.ecozone.enforcement.internal.condition.Match;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.registry.RegisterEvidence;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.title.TitleState;
import cn.ecozone.title.TitleView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges one valid title against the conditions of the regulation in force for its code (only the
 * sanction codes the data lists and a condition class answers), reading its confirmed register records
 * since three years before the naming (a series needs earlier years; only records since the naming
 * trigger) and the confirmed indicator series since the naming ({@link QualitySeries}), and opens a
 * proposal per new match.
 */
@Component
class TitleEvaluation {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final RegisterEvidence registers;
    private final EnforcementRules rules;
    private final ProposalOpener opener;
    private final RegionManagement regions;
    private final QualitySeries series;
    private final Clock clock;

    TitleEvaluation(
            RegisterEvidence registers,
            EnforcementRules rules,
            ProposalOpener opener,
            RegionManagement regions,
            QualitySeries series,
            Clock clock) {
        this.series = series;
        this.registers = registers;
        this.rules = rules;
        this.opener = opener;
        this.regions = regions;
        this.clock = clock;
    }

    /** The title as enforcement keeps it. */
    TitleRef ref(TitleView t) {
        return new TitleRef(
                t.id(),
                t.candidacyId(),
                t.regionCode(),
                regions.require(t.regionCode()).path(),
                t.subjectName(),
                t.programme().name());
    }

    /** @return the number of proposals opened */
    @Transactional(propagation = Propagation.MANDATORY)
    int evaluate(TitleView title) {
        if (title.state() != TitleState.VALID) {
            return 0;
        }
        Optional<Regulation> regulation = rules.inForce(title.regulationCode());
        if (regulation.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        TitleRef ref = ref(title);
        ConditionInput in = new ConditionInput(
                title.namedOn(),
                today,
                registers.confirmed(ref.regionPath(), title.namedOn().minusYears(3), today),
                series.of(title, regulation.get(), regions.require(title.regionCode()), today));
        int opened = 0;
        for (TitleRules.Sanction s : regulation.get().title().sanctions()) {
            Optional<Condition> condition = Conditions.of(s.code());
            if (condition.isEmpty()) {
                continue;
            }
            for (Match m : condition.get().match(in)) {
                if (opener.open(ref, regulation.get(), s.code(), m.triggerKey(), null, null, m.evidence())
                        .isPresent()) {
                    opened++;
                }
            }
        }
        return opened;
    }
}
