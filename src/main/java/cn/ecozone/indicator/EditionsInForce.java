package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionEntity;
import cn.ecozone.indicator.internal.EditionMapper;
import cn.ecozone.region.RegionLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Which edition is in force on a day (IM eco-civ art. 19: where the construction indicators were
 * adjusted, the adjusted ones apply; issue 13 §2). A regulation names an edition; a later edition of the
 * same indicator system supersedes it from the day it was both issued and published on the platform.
 * Editions carry no explicit link to their predecessor, so "the same system" is read from the data:
 * a published edition with the same Chinese title ({@code title_zh}), the same province (or both
 * national) and the level asked for, issued later than the named one. Of those in force on the day the
 * latest issued wins (then the higher 版次, then the later publication). Docs: ADR 0035.
 */
@Service
@NamedInterface("editions")
public class EditionsInForce {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final EditionCatalog catalog;

    EditionsInForce(EditionCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The edition in force on {@code day} in place of {@code named} for a subject at {@code level}:
     * {@code named} itself when nothing supersedes it; empty only when {@code named} is not a published
     * edition.
     */
    public Optional<String> inForce(String named, RegionLevel level, LocalDate day) {
        List<Candidate> all =
                catalog.all().stream().map(EditionsInForce::candidate).toList();
        return choose(all, named, level, day);
    }

    /** An edition as the choice reads it. */
    record Candidate(
            String code,
            String titleZh,
            String province,
            List<RegionLevel> levels,
            LocalDate issued,
            int editionVersion,
            Instant publishedAt) {}

    /** The choice, on published editions: see the class comment. */
    static Optional<String> choose(List<Candidate> published, String named, RegionLevel level, LocalDate day) {
        Optional<Candidate> base =
                published.stream().filter(c -> c.code().equals(named)).findFirst();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        Candidate n = base.get();
        return Optional.of(published.stream()
                .filter(c -> c.code().equals(named) || supersedes(c, n, level, day))
                .max(Comparator.comparing((Candidate c) -> c.issued() == null ? LocalDate.MIN : c.issued())
                        .thenComparingInt(Candidate::editionVersion)
                        .thenComparing(c -> c.publishedAt() == null ? Instant.MIN : c.publishedAt()))
                .map(Candidate::code)
                .orElse(named));
    }

    private static boolean supersedes(Candidate c, Candidate named, RegionLevel level, LocalDate day) {
        return Objects.equals(c.titleZh(), named.titleZh())
                && Objects.equals(c.province(), named.province())
                && c.levels().contains(level)
                && c.issued() != null
                && (named.issued() == null || c.issued().isAfter(named.issued()))
                && !c.issued().isAfter(day)
                && (c.publishedAt() == null
                        || !LocalDate.ofInstant(c.publishedAt(), BEIJING).isAfter(day));
    }

    private static Candidate candidate(EditionEntity e) {
        return new Candidate(
                e.code(),
                e.titleZh(),
                e.provinceCode(),
                EditionMapper.levels(e.levels()),
                e.issued(),
                e.editionVersion(),
                e.publishedAt());
    }
}
