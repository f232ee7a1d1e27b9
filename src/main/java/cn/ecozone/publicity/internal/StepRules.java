package cn.ecozone.publicity.internal;

import cn.ecozone.procedure.BodyActors;
import cn.ecozone.publicity.PublicityFacts;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.Step;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the regulation says of a publicity step: the step (kind PUBLICITY) of one of its chains, the
 * bodies that may publicise (the actor and its alternatives, e.g. Guizhou art. 10), and the regulation's
 * publicity entry for it, the one whose issuing body is among them (e.g. GZ {@code PUBLICITY} →
 * {@code PREFECTURE}, {@code PROVINCE_PUBLICITY} → {@code PROVINCE}).
 */
@Component
public class StepRules {

    private final RegulationManagement regulations;

    StepRules(RegulationManagement regulations) {
        this.regulations = regulations;
    }

    /** A publicity step's rules. */
    public record Rules(Regulation regulation, Step step, ApplicationRules.Publicity publicity) {

        /** The roles that may issue the notice. */
        public List<Role> issuers() {
            List<Body> bodies = new ArrayList<>();
            bodies.add(step.actor());
            bodies.addAll(step.alsoActors());
            // the actor's level is never the subject's for a publicity step; any level maps alike
            return bodies.stream()
                    .map(b -> BodyActors.role(b, cn.ecozone.region.RegionLevel.COUNTY))
                    .distinct()
                    .toList();
        }

        /** The role that investigates complaints and where, relative to the subject. */
        public Body investigator() {
            return publicity.complaintsInvestigatedBy();
        }
    }

    /**
     * The first publicity entry, with a complaint deadline, of the regulations in force in the province:
     * where the province's suggested investigation deadline comes from.
     */
    public Optional<ApplicationRules.Publicity> publicityOf(String provinceCode) {
        return java.util.Arrays.stream(cn.ecozone.regulation.Programme.values())
                .map(p -> regulations.inForce(p, provinceCode))
                .flatMap(Optional::stream)
                .filter(r -> r.application() != null && r.application().publicity() != null)
                .flatMap(r -> r.application().publicity().stream())
                .filter(p -> p.complaintDeadline() != null)
                .findFirst();
    }

    /** The regulation of that code and version, if held. */
    public Optional<Regulation> regulationOf(String regulationCode, int regulationVersion) {
        return regulations.find(regulationCode, regulationVersion);
    }

    /**
     * @throws ApiException 400 on {@code stepCode} when no chain of the regulation has a publicity step of
     *     that code, or the regulation holds no publicity entry for it
     */
    public Rules of(String regulationCode, int regulationVersion, String stepCode) {
        Regulation regulation =
                regulations.find(regulationCode, regulationVersion).orElseThrow(PublicityFacts.NoticeNotFound::new);
        if (regulation.application() == null) {
            throw ApiException.invalid("stepCode", "publicity.notice.no-step", stepCode);
        }
        Step step = regulation.application().chains().stream()
                .flatMap(c -> c.steps().stream())
                .filter(s -> s.code().equals(stepCode) && s.kind() == StepKind.PUBLICITY)
                .findFirst()
                .orElseThrow(() -> ApiException.invalid("stepCode", "publicity.notice.no-step", stepCode));
        List<Body> bodies = new ArrayList<>();
        bodies.add(step.actor());
        bodies.addAll(step.alsoActors());
        ApplicationRules.Publicity publicity = regulation.application().publicity().stream()
                .filter(p -> bodies.contains(p.by()))
                .findFirst()
                .orElseThrow(() -> ApiException.invalid("stepCode", "publicity.notice.no-step", stepCode));
        return new Rules(regulation, step, publicity);
    }
}
