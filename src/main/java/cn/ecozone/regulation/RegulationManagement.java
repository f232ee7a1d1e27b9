package cn.ecozone.regulation;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.internal.RegulationCatalog;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The regulation module's API: the shipped rules of each programme and jurisdiction, by code and
 * version. Later modules pin a candidacy to {@code code} + {@code version} and ask here for its plan
 * path, step deadlines, materials and so on. Read-only; nothing is stored in the database.
 */
@Service
public class RegulationManagement {

    /**
     * The roles that manage regulations and so read drafts: the staff of the bodies that issue them,
     * the 生态环境厅 (IM and GZ rules) and Xilingol's 生态环境保护委员会办公室 (its 送审稿). Everybody else,
     * logged in or not, reads published versions only.
     */
    public static final Set<Role> DRAFT_READERS = EnumSet.of(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE);

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
        return findLatest(code, includeDrafts)
                .orElseThrow(() -> ApiException.notFound("error.regulation.not-found", code));
    }

    /**
     * The latest version of {@code code}, or empty when there is none (no such code, or only drafts
     * while {@code includeDrafts} is false): for callers to whom "none" is an answer, not an error.
     */
    public Optional<Regulation> findLatest(String code, boolean includeDrafts) {
        return catalog.all().stream()
                .filter(r -> r.code().equals(code))
                .filter(r -> includeDrafts || r.status() == RegulationStatus.PUBLISHED)
                .max(Comparator.comparingInt(Regulation::version));
    }

    /** The exact version a candidacy is pinned to, drafts included. */
    public Optional<Regulation> find(String code, int version) {
        return catalog.all().stream()
                .filter(r -> r.code().equals(code) && r.version() == version)
                .findFirst();
    }

    /**
     * Every version of every regulation, published ones and drafts alike (each summary names its
     * status), sorted by code and version: the list shows published versions and drafts separately,
     * and a draft v2 never hides the published v1.
     *
     * @param includeDrafts {@code false} for the public: published versions only
     */
    public List<RegulationSummary> versions(boolean includeDrafts) {
        return catalog.all().stream()
                .filter(r -> includeDrafts || r.status() == RegulationStatus.PUBLISHED)
                .sorted(Comparator.comparing(Regulation::code).thenComparingInt(Regulation::version))
                .map(Regulation::summary)
                .toList();
    }

    /**
     * The one rule that decides which regulation applies to a subject (plans, work plans and
     * candidacies all ask here): among the regulations of {@code programme} whose jurisdiction contains
     * the subject's region, the innermost jurisdiction's; of its versions, the newest published one in
     * force on {@code date} (no in-force date counts as in force). Only when that jurisdiction has no
     * published version at all does its newest draft apply (Xilingol's rules exist only as a 送审稿), so a
     * draft v2 never displaces a published v1.
     *
     * @param regionPath the materialized path of the subject's region, e.g. {@code /150000/152500/152502/}
     * @return empty when no regulation of the programme covers the region, or none is in force yet
     */
    public Optional<Regulation> applicable(Programme programme, String regionPath, LocalDate date) {
        List<Regulation> covering = catalog.all().stream()
                .filter(r -> r.programme() == programme && regionPath.contains("/" + r.jurisdiction() + "/"))
                .toList();
        Optional<String> innermost = covering.stream()
                .map(Regulation::jurisdiction)
                .max(Comparator.comparingInt(j -> regionPath.indexOf("/" + j + "/")));
        if (innermost.isEmpty()) {
            return Optional.empty();
        }
        List<Regulation> own = covering.stream()
                .filter(r -> r.jurisdiction().equals(innermost.get()))
                .toList();
        List<Regulation> published = own.stream()
                .filter(r -> r.status() == RegulationStatus.PUBLISHED)
                .toList();
        if (published.isEmpty()) {
            return own.stream().max(Comparator.comparingInt(Regulation::version));
        }
        return published.stream()
                .filter(r -> r.inForce() == null || !r.inForce().isAfter(date))
                .max(Comparator.comparingInt(Regulation::version));
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
