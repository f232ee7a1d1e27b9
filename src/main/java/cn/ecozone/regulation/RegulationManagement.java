package cn.ecozone.regulation;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.internal.RegulationCatalog;
import cn.ecozone.shared.ApiException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The regulation module's API: the shipped rules of each programme and jurisdiction, by code and
 * version. Later modules pin a candidacy to {@code code} + {@code version} and ask here for its plan
 * path, step deadlines, materials and so on. Read-only; nothing is stored in the database.
 */
@Service
public class RegulationManagement {

    private final RegulationCatalog catalog;

    RegulationManagement(RegulationCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The latest version of every regulation.
     *
     * @param includeDrafts {@code false} for the public: published versions only
     */
    public List<RegulationSummary> list(boolean includeDrafts) {
        return catalog.all().stream()
                .filter(r -> includeDrafts || r.status() == RegulationStatus.PUBLISHED)
                .collect(Collectors.toMap(Regulation::code, r -> r, (a, b) -> a.version() >= b.version() ? a : b))
                .values()
                .stream()
                .sorted(Comparator.comparing(Regulation::code))
                .map(Regulation::summary)
                .toList();
    }

    /**
     * The latest visible version of a regulation.
     *
     * @throws ApiException 404 when there is none (a draft counts as none unless drafts are included)
     */
    public Regulation latest(String code, boolean includeDrafts) {
        return catalog.all().stream()
                .filter(r -> r.code().equals(code))
                .filter(r -> includeDrafts || r.status() == RegulationStatus.PUBLISHED)
                .max(Comparator.comparingInt(Regulation::version))
                .orElseThrow(() -> ApiException.notFound("error.regulation.not-found", code));
    }

    /** The exact version a candidacy is pinned to, drafts included. */
    public Optional<Regulation> find(String code, int version) {
        return catalog.all().stream()
                .filter(r -> r.code().equals(code) && r.version() == version)
                .findFirst();
    }

    /** The latest published regulation of a programme in a jurisdiction, e.g. to start a candidacy. */
    public Optional<Regulation> inForce(Programme programme, String jurisdiction) {
        return catalog.all().stream()
                .filter(r -> r.programme() == programme && r.jurisdiction().equals(jurisdiction))
                .filter(r -> r.status() == RegulationStatus.PUBLISHED)
                .max(Comparator.comparingInt(Regulation::version));
    }

    /** The plan path of a subject level under a pinned regulation. */
    public Optional<PlanRules.Path> planPath(String code, int version, RegionLevel subjectLevel) {
        return find(code, version).flatMap(r -> r.planPath(subjectLevel));
    }

    /** The application chain of a subject level under a pinned regulation. */
    public Optional<ApplicationRules.Chain> applicationChain(String code, int version, RegionLevel subjectLevel) {
        return find(code, version).flatMap(r -> r.applicationChain(subjectLevel));
    }

    /** The deadline of one step of a plan path, if the step has one. */
    public Optional<Step.Deadline> deadline(String code, int version, RegionLevel subjectLevel, String stepCode) {
        return planPath(code, version, subjectLevel)
                .flatMap(p -> p.step(stepCode))
                .map(Step::deadline);
    }
}
