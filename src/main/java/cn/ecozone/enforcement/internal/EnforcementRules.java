package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.Measure;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.shared.ApiException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rules enforcement runs under (ADR 0029): the latest published version of the title's regulation
 * code, whose {@code title.enforcement} names the proposal's and the rectification's steps, the bodies
 * that decide each measure and the periods; titles named under a version without enforcement are
 * enforced under the new one.
 */
@Component
class EnforcementRules {

    static final String PROPOSAL_RUN = "ENFORCEMENT_PROPOSAL";
    static final String RECTIFICATION_RUN = "RECTIFICATION";

    private final RegulationManagement regulations;

    EnforcementRules(RegulationManagement regulations) {
        this.regulations = regulations;
    }

    /** The latest published version of {@code code} with an enforcement chain, if any. */
    Optional<Regulation> inForce(String code) {
        try {
            Regulation r = regulations.latest(code, false);
            return r.title() == null || r.title().enforcement() == null ? Optional.empty() : Optional.of(r);
        } catch (ApiException none) {
            return Optional.empty();
        }
    }

    /** The version a record was opened under (the same the record names). */
    Regulation pinned(String code, int version) {
        return regulations
                .find(code, version)
                .orElseThrow(() -> new IllegalStateException("regulation " + code + " v" + version + " not shipped"));
    }

    static TitleRules.Enforcement enforcement(Regulation r) {
        return r.title().enforcement();
    }

    static Optional<TitleRules.Sanction> sanction(Regulation r, String code) {
        return r.title().sanctions().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The measures a sanction's consequence allows. */
    static List<Measure> allowed(TitleRules.Consequence consequence) {
        return switch (consequence) {
            case RECTIFICATION_URGED, RECTIFICATION_ORDERED -> List.of(Measure.RECTIFICATION);
            case WARNING_OR_REVOCATION -> List.of(Measure.WARNING, Measure.REVOCATION);
            case FEEDBACK -> List.of();
        };
    }

    /** The measure's data: who decides it, its text, period and citation. */
    static TitleRules.Measure measure(Regulation r, Measure measure) {
        TitleRules.Enforcement e = enforcement(r);
        return switch (measure) {
            case RECTIFICATION -> e.rectificationOrder();
            case WARNING -> e.warning();
            case REVOCATION -> e.revocation();
        };
    }

    static Body body(Regulation r, Measure measure) {
        return measure(r, measure).by();
    }

    ProcedureDefinition proposalPath(Regulation r, RegionLevel level) {
        return ProcedureDefinitions.of(
                r.code() + "/enforcement/proposal/" + level,
                r.version(),
                enforcement(r).proposal(),
                level);
    }

    ProcedureDefinition rectificationPath(Regulation r, RegionLevel level) {
        return ProcedureDefinitions.of(
                r.code() + "/enforcement/rectification/" + level,
                r.version(),
                enforcement(r).rectification(),
                level);
    }
}
