package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.edition.EditionDefinition;
import cn.ecozone.indicator.edition.EditionFiles;
import cn.ecozone.indicator.edition.GroupDefinition;
import cn.ecozone.indicator.edition.IndicatorDefinition;
import cn.ecozone.indicator.target.GradeAtLeast;
import cn.ecozone.indicator.target.TargetSpecException;
import cn.ecozone.indicator.target.TargetSpecs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the editions shipped in {@code indicator-editions/*.yaml} at start-up. Every file is
 * parsed and every target validated first; a file that does not parse or names an unknown target
 * kind stops the start with a message naming the file, the indicator and the field. An edition
 * already held is left as it is (published editions are frozen).
 */
@Component
@Order(10)
class EditionLoader implements ApplicationRunner {

    static final String LOCATION = "classpath*:indicator-editions/*.yaml";

    private final Editions editions;
    private final IndicatorRows indicators;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EditionLoader(Editions editions, IndicatorRows indicators, JsonMapper json, TransactionTemplate tx, Clock clock) {
        this.editions = editions;
        this.indicators = indicators;
        this.json = json;
        this.transactions = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<EditionDefinition> definitions = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            definitions.add(validated(file));
        }
        for (EditionDefinition d : definitions) {
            if (!editions.existsById(d.code())) {
                transactions.executeWithoutResult(status -> store(d));
            } else {
                transactions.executeWithoutResult(status -> nameGroupsInEnglish(d));
            }
        }
    }

    /** Parses a file and every target in it; throws naming the file, indicator and field. */
    static EditionDefinition validated(String name, InputStream in) {
        EditionDefinition d = EditionFiles.parse(name, in);
        for (IndicatorDefinition i : d.indicators()) {
            try {
                if (TargetSpecs.parse(i.target()) instanceof GradeAtLeast g
                        && !i.grades().contains(g.grade())) {
                    throw new IllegalStateException(name + ": indicator " + i.code() + ": target.grade: '" + g.grade()
                            + "' is not one of the indicator's grades " + i.grades());
                }
            } catch (TargetSpecException e) {
                throw new IllegalStateException(
                        name + ": indicator " + i.code() + ": " + e.path() + ": " + e.getMessage(), e);
            }
        }
        return d;
    }

    private static EditionDefinition validated(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return validated(file.getFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(file.getFilename(), e);
        }
    }

    private void store(EditionDefinition d) {
        String levels = d.levels().stream().map(Enum::name).collect(Collectors.joining(","));
        editions.saveAndFlush(EditionEntity.shipped(d, levels, clock.instant()));
        List<IndicatorEntity> rows = new ArrayList<>();
        collect(d.code(), d.groups(), "", false, rows);
        Map<String, GroupPath> paths = groupPaths(d.groups());
        rows.forEach(r -> name(r, paths));
        indicators.saveAll(rows);
    }

    /**
     * An edition held from an earlier start keeps its content; only the English group paths, a
     * translation of ours added later (issue 14 §8), are filled in where still missing.
     */
    private void nameGroupsInEnglish(EditionDefinition d) {
        Map<String, GroupPath> paths = groupPaths(d.groups());
        List<IndicatorEntity> named = indicators.findByEditionCodeOrderByPosition(d.code()).stream()
                .filter(r -> name(r, paths))
                .toList();
        indicators.saveAll(named);
    }

    private static boolean name(IndicatorEntity row, Map<String, GroupPath> paths) {
        GroupPath path = paths.get(row.code());
        return path != null && row.nameGroupInEnglish(path.zh(), path.en());
    }

    /** A group path in Chinese and in English; {@code en} null when a group on the path has no English name. */
    record GroupPath(String zh, String en) {

        GroupPath under(GroupDefinition g) {
            String gEn = g.nameEn() == null || g.nameEn().isBlank()
                    ? null
                    : g.nameEn().strip();
            if (zh.isEmpty()) {
                return new GroupPath(g.nameZh(), gEn);
            }
            return new GroupPath(zh + " / " + g.nameZh(), en == null || gEn == null ? null : en + " / " + gEn);
        }
    }

    /** Each indicator's group path, by indicator code, as {@link #collect} builds the Chinese one. */
    static Map<String, GroupPath> groupPaths(List<GroupDefinition> groups) {
        Map<String, GroupPath> out = new HashMap<>();
        walk(groups, new GroupPath("", ""), out);
        return out;
    }

    private static void walk(List<GroupDefinition> groups, GroupPath prefix, Map<String, GroupPath> out) {
        for (GroupDefinition g : groups) {
            GroupPath path = prefix.under(g);
            g.indicators().forEach(i -> out.put(i.code(), path));
            if (g.groups() != null) {
                walk(g.groups(), path, out);
            }
        }
    }

    /** The indicators of the groups in file order; a group's environmental-quality flag holds beneath it. */
    private void collect(
            String edition,
            List<GroupDefinition> groups,
            String prefix,
            boolean environmentalQuality,
            List<IndicatorEntity> rows) {
        for (GroupDefinition g : groups) {
            String path = prefix.isEmpty() ? g.nameZh() : prefix + " / " + g.nameZh();
            boolean quality = environmentalQuality || g.environmentalQuality();
            for (IndicatorDefinition i : g.indicators()) {
                rows.add(new IndicatorEntity(
                        edition,
                        rows.size() + 1,
                        i,
                        path,
                        i.applies() == null ? null : json.writeValueAsString(i.applies()),
                        json.writeValueAsString(i.target()),
                        i.grades().isEmpty() ? null : json.writeValueAsString(i.grades()),
                        quality));
            }
            if (g.groups() != null) {
                collect(edition, g.groups(), path, quality, rows);
            }
        }
    }
}
