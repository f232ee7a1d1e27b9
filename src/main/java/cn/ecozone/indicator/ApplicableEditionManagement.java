package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionEntity;
import cn.ecozone.indicator.internal.EditionMapper;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editions a user's pickers offer and the one a page opens on (issue 14 §1, ADR 0038). The rule
 * is {@link EditionApplicability}'s, read from the user's side: an edition is offered when it applies
 * in the user's province ({@link EditionApplicability#inProvince}) at the user's level or below (a
 * league reviews its counties' values and scorecards). The page opens on the edition the user's
 * regulation names for the user's level (in force today, {@link EditionsInForce}), else on one at the
 * user's level (provincial first), else on the first offered. Where a regulation names no edition for
 * the level (the national county table is not shipped), the rule's text and note say so ({@link
 * Missing}), so the page can explain instead of showing an empty scorecard.
 */
@Service
@Transactional(readOnly = true)
public class ApplicableEditionManagement {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final EditionCatalog catalog;
    private final RegionManagement regions;
    private final RegulationManagement regulations;
    private final EditionsInForce inForce;
    private final Clock clock;

    ApplicableEditionManagement(
            EditionCatalog catalog,
            RegionManagement regions,
            RegulationManagement regulations,
            EditionsInForce inForce,
            Clock clock) {
        this.catalog = catalog;
        this.regions = regions;
        this.regulations = regulations;
        this.inForce = inForce;
        this.clock = clock;
    }

    /**
     * What the indicator pages offer a user.
     *
     * @param editions codes of the published editions offered, by code
     * @param atOwnLevel those of them that take values of the user's own region's level
     * @param preferred the one the pages open on; null when none is offered
     * @param missing the user's regulations' indicator rules at the user's level that name no edition
     */
    public record ApplicableEditions(
            String regionCode,
            String regionName,
            RegionLevel level,
            List<String> editions,
            List<String> atOwnLevel,
            String preferred,
            List<Missing> missing) {}

    /**
     * A regulation's indicator rule for the user's level that names no edition yet.
     *
     * @param article the article of the rule, e.g. 第十条（一）
     * @param textZh the rule as the regulation words it
     * @param noteZh why no edition is named, as the regulation data says (may be null)
     */
    public record Missing(
            Programme programme,
            String regulationCode,
            String regulationTitleZh,
            @Nullable String article,
            String textZh,
            @Nullable String noteZh) {}

    /** The editions offered to the actor; see the class comment. Precondition: a business user. */
    public ApplicableEditions forActor(Actor actor) {
        Region own = regions.require(actor.regionCode());
        List<EditionEntity> offered = new ArrayList<>();
        List<String> atOwnLevel = new ArrayList<>();
        for (EditionEntity e : catalog.all()) {
            List<RegionLevel> levels = EditionMapper.levels(e.levels());
            if (!EditionApplicability.inProvince(e.provinceCode(), own.path())) {
                continue;
            }
            if (levels.isEmpty()
                    || levels.stream().anyMatch(l -> l.ordinal() >= own.level().ordinal())) {
                offered.add(e);
            }
            if (EditionApplicability.atLevel(levels, own.level())) {
                atOwnLevel.add(e.code());
            }
        }
        List<String> codes = offered.stream().map(EditionEntity::code).toList();
        atOwnLevel.retainAll(codes);
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        List<String> named = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (Programme programme : Programme.values()) {
            Optional<Regulation> regulation = regulations.applicable(programme, own.path(), today);
            regulation.flatMap(r -> r.indicatorsFor(own.level())).ifPresent(rule -> {
                Regulation r = regulation.get();
                if (rule.edition() == null) {
                    missing.add(new Missing(
                            programme,
                            r.code(),
                            r.titleZh(),
                            rule.citation().article(),
                            rule.textZh(),
                            rule.citation().noteZh()));
                } else {
                    named.add(
                            inForce.inForce(rule.edition(), own.level(), today).orElse(rule.edition()));
                }
            });
        }
        String preferred = preferred(named, offered, atOwnLevel);
        return new ApplicableEditions(
                own.code(), own.name(), own.level(), codes, List.copyOf(atOwnLevel), preferred, List.copyOf(missing));
    }

    /** The regulation's edition if offered, else one at the user's level, else any; provincial first. */
    private static String preferred(List<String> named, List<EditionEntity> offered, List<String> atOwnLevel) {
        for (String code : named) {
            if (atOwnLevel.contains(code)) {
                return code;
            }
        }
        Comparator<EditionEntity> provincialFirst = Comparator.comparing((EditionEntity e) -> e.provinceCode() == null)
                .thenComparing(EditionEntity::code);
        return offered.stream()
                .sorted(Comparator.comparing((EditionEntity e) -> !atOwnLevel.contains(e.code()))
                        .thenComparing(provincialFirst))
                .map(EditionEntity::code)
                .findFirst()
                .orElse(null);
    }
}
