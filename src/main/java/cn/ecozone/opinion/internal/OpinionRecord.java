package cn.ecozone.opinion.internal;

import cn.ecozone.dossier.DossierManagement;
import cn.ecozone.dossier.DossierView;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.opinion.OpinionContent;
import cn.ecozone.opinion.OpinionFacts;
import cn.ecozone.procedure.BodyActors;
import cn.ecozone.procedure.RunView;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.regulation.Step;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Reads what an opinion says from the record: the round's regulation names the steps that require an
 * issued opinion and who forms it; the dossiers give the candidacies, their exclusion checks and their
 * runs' division acts; the review and publicity modules give the panel's result and the publicity
 * outcome ({@link OpinionSources}). Each section is present only where the chain has its step before the
 * opinion's step.
 */
@Component
public class OpinionRecord {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final RegulationManagement regulations;
    private final DossierManagement dossiers;
    private final OpinionSources sources;

    OpinionRecord(RegulationManagement regulations, DossierManagement dossiers, OpinionSources sources) {
        this.regulations = regulations;
        this.dossiers = dossiers;
        this.sources = sources;
    }

    /**
     * The step of the round's chains with {@code stepCode} that requires an issued opinion (IM eco-civ art.
     * 15: PRE_REVIEW_OPINION; Guizhou art. 11: RECOMMEND), on any subject level's chain.
     *
     * @throws OpinionFacts.NoOpinionStep when the chains have none
     */
    public Step opinionStep(RoundView round, String stepCode) {
        return chains(round).stream()
                .flatMap(c -> c.steps().stream())
                .filter(s -> s.code().equals(stepCode) && s.requires().contains(Requirement.OPINION_ISSUED))
                .findFirst()
                .orElseThrow(() -> new OpinionFacts.NoOpinionStep(stepCode));
    }

    /** The codes of the steps of the round's chains that require an issued opinion. */
    public List<String> opinionSteps(RoundView round) {
        return chains(round).stream()
                .flatMap(c -> c.steps().stream())
                .filter(s -> s.requires().contains(Requirement.OPINION_ISSUED))
                .map(Step::code)
                .distinct()
                .toList();
    }

    /**
     * Whether the actor's role acts for the body that forms the opinion at the step (or one the data names
     * beside it).
     */
    public boolean formsOpinion(RoundView round, String stepCode, Actor actor) {
        return chains(round).stream()
                .anyMatch(c -> c.step(stepCode)
                        .map(s -> Stream.concat(Stream.of(s.actor()), s.alsoActors().stream())
                                .anyMatch(b -> BodyActors.role(b, c.subjectLevel()) == actor.role()))
                        .orElse(false));
    }

    /** The generated sections for the covered dossiers, read as the actor may see them. */
    public OpinionContent generate(RoundView round, Step step, Collection<Long> dossierIds, Actor actor) {
        List<DossierView> views =
                dossierIds.stream().map(id -> dossiers.view(id, actor)).toList();
        boolean divisions = false;
        boolean panel = false;
        boolean publicity = false;
        Map<Long, List<Step>> before = new HashMap<>();
        for (DossierView d : views) {
            // each dossier's own pinned chain: a round may hold dossiers of two versions of the rules
            List<Step> b = chain(d).map(c -> before(c, step.code())).orElse(List.of());
            before.put(d.id(), b);
            divisions |= b.stream().anyMatch(s -> s.kind() == StepKind.PARALLEL_EXAMINE);
            panel |= b.stream().anyMatch(s -> s.kind() == StepKind.PANEL);
            publicity |= b.stream().anyMatch(s -> s.kind() == StepKind.PUBLICITY);
        }
        Map<Long, OpinionContent.Publicity> outcomes = publicity ? sources.publicity(dossierIds) : Map.of();
        List<OpinionContent.Candidacy> entries = new ArrayList<>();
        for (DossierView d : views) {
            entries.add(new OpinionContent.Candidacy(
                    d.id(),
                    d.candidacyId(),
                    d.subjectName(),
                    d.regionName(),
                    d.programme().nameZh(),
                    d.submittedOn(),
                    exclusions(d),
                    divisions ? divisionResults(d.run(), before.get(d.id())) : List.of(),
                    panel ? panelResult(d.id(), before.get(d.id())) : null,
                    outcomes.get(d.id())));
        }
        return new OpinionContent(
                actor.organizationName(),
                round.title(),
                step.actionZh(),
                step.citation() == null ? null : step.citation().article(),
                divisions,
                panel,
                publicity,
                entries);
    }

    private OpinionContent.Panel panelResult(long dossierId, List<Step> before) {
        // the last panel before the opinion's step (IM: EXPERT_SCORING, art. 14(二))
        return before.stream()
                .filter(s -> s.kind() == StepKind.PANEL)
                .reduce((a, b) -> b)
                .flatMap(s -> sources.panel(dossierId, s.code()))
                .orElse(null);
    }

    private static List<OpinionContent.Exclusion> exclusions(DossierView d) {
        if (d.exclusions() == null) {
            return List.of();
        }
        return d.exclusions().verdicts().stream()
                .map(v -> new OpinionContent.Exclusion(
                        v.textZh(), v.article(), v.outcome().name(), v.explanationZh()))
                .toList();
    }

    /** The division examination's acts on the run's timeline (IM eco-civ art. 14(一)). */
    private static List<OpinionContent.DivisionResult> divisionResults(RunView run, List<Step> before) {
        if (run == null) {
            return List.of();
        }
        List<String> codes = before.stream()
                .filter(s -> s.kind() == StepKind.PARALLEL_EXAMINE)
                .map(Step::code)
                .toList();
        return run.timeline().stream()
                .filter(e -> codes.contains(e.stepCode()))
                .filter(e -> "ACT".equals(e.action()) || "RETURN".equals(e.action()))
                .map(e -> new OpinionContent.DivisionResult(
                        e.organizationName() == null ? e.actorName() : e.organizationName(),
                        e.action(),
                        e.outcome(),
                        e.opinion(),
                        e.at() == null
                                ? null
                                : e.at().atZone(ZONE).toLocalDate().toString()))
                .toList();
    }

    private static List<Step> before(ApplicationRules.Chain chain, String stepCode) {
        List<Step> out = new ArrayList<>();
        for (Step s : chain.steps()) {
            if (s.code().equals(stepCode)) {
                return out;
            }
            out.add(s);
        }
        return List.of();
    }

    /**
     * The chains of the round's regulation: the version the round was opened under and the latest
     * published one (new candidacies pin the latest, so a round may hold dossiers of both).
     */
    private List<ApplicationRules.Chain> chains(RoundView round) {
        List<ApplicationRules.Chain> out = new ArrayList<>();
        regulations.find(round.regulationCode(), round.regulationVersion()).ifPresent(r -> out.addAll(chains(r)));
        Regulation latest = regulations.latest(round.regulationCode(), false);
        if (latest != null && latest.version() != round.regulationVersion()) {
            out.addAll(chains(latest));
        }
        return out;
    }

    private static List<ApplicationRules.Chain> chains(Regulation r) {
        return r.application() == null ? List.of() : r.application().chains();
    }

    /** The chain the dossier's run follows: its pinned regulation version at its subject level. */
    private Optional<ApplicationRules.Chain> chain(DossierView d) {
        return regulations
                .find(d.regulationCode(), d.regulationVersion())
                .flatMap(r -> chains(r).stream()
                        .filter(c -> c.subjectLevel() == d.subjectLevel())
                        .findFirst());
    }
}
