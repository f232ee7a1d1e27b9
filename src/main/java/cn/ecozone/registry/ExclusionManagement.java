package cn.ecozone.registry;

import cn.ecozone.region.RegionManagement;
import cn.ecozone.registry.internal.RegisterEntries;
import cn.ecozone.registry.internal.exclusion.ExclusionEvaluator;
import cn.ecozone.registry.internal.exclusion.ExclusionSettingRows;
import cn.ecozone.registry.internal.exclusion.ExclusionWindow;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exclusions (不得申报的情形, issue 11 §2), computed from the confirmed register records, never ticked:
 * one small class per exclusion code reads the subject's records in the exact window ("近3年": from the
 * same date N years before the as-of date to the as-of date, both included) and answers excluded, clear
 * or needs judgement, with the records and the article behind it. Thresholds the regulation does not give
 * are the province's settings; unset, the check needs judgement. The caller has scoped the region.
 */
@Service
@Transactional(readOnly = true)
public class ExclusionManagement {

    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final RegisterEntries entries;
    private final ExclusionSettingRows settings;

    ExclusionManagement(
            RegulationManagement regulations,
            RegionManagement regions,
            RegisterEntries entries,
            ExclusionSettingRows settings) {
        this.regulations = regulations;
        this.regions = regions;
        this.entries = entries;
        this.settings = settings;
    }

    /**
     * One report per query key, in the queries' order; a constant number of statements however many
     * queries (the records of every subject and window in one read, the settings in one).
     *
     * @throws IllegalArgumentException for an unknown regulation version or a key used twice
     * @throws cn.ecozone.shared.ApiException 404 for an unknown region
     */
    public Map<String, ExclusionReport> evaluate(List<ExclusionQuery> queries) {
        List<Subject> subjects = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ExclusionQuery q : queries) {
            if (!keys.add(q.key())) {
                throw new IllegalArgumentException("query key used twice: " + q.key());
            }
            Regulation regulation = regulations
                    .find(q.regulationCode(), q.regulationVersion())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown regulation " + q.regulationCode() + " v" + q.regulationVersion()));
            subjects.add(
                    new Subject(q, regulation, regions.require(q.regionCode()).path()));
        }
        List<RegisterEntry> read = read(subjects);
        Set<String> codes = new HashSet<>();
        subjects.stream()
                .filter(s ->
                        !s.regulation().application().exclusions().settings().isEmpty())
                .forEach(s -> codes.add(s.regulation().code()));
        Map<String, Map<String, BigDecimal>> values = settings.values(codes);
        Map<String, ExclusionReport> reports = new LinkedHashMap<>();
        for (Subject s : subjects) {
            Regulation r = s.regulation();
            Map<String, BigDecimal> own =
                    values.getOrDefault(ExclusionSettingRows.regulation(r.jurisdiction(), r.code()), Map.of());
            reports.put(
                    s.query().key(),
                    ExclusionEvaluator.evaluate(r, s.path(), s.query().asOf(), read, own));
        }
        return reports;
    }

    /** The report of one subject. */
    public ExclusionReport evaluate(ExclusionQuery query) {
        return evaluate(List.of(query)).get(query.key());
    }

    /** The confirmed records under every subject's path in the union of their windows: two statements. */
    private List<RegisterEntry> read(List<Subject> subjects) {
        LocalDate from = null;
        LocalDate to = null;
        String prefix = null;
        for (Subject s : subjects) {
            ExclusionWindow window =
                    ExclusionEvaluator.window(s.regulation(), s.query().asOf());
            if (window == null
                    || s.regulation().application().exclusions().citation().silent()) {
                continue;
            }
            from = from == null || window.from().isBefore(from) ? window.from() : from;
            to = to == null || window.to().isAfter(to) ? window.to() : to;
            prefix = prefix == null ? s.path() : common(prefix, s.path());
        }
        return prefix == null ? List.of() : entries.confirmedWithin(prefix, from, to);
    }

    /** The longest common prefix of two region paths that ends with '/'. */
    static String common(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int end = 0;
        for (int i = 0; i < n && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/') {
                end = i + 1;
            }
        }
        return a.substring(0, Math.max(end, 1));
    }

    private record Subject(ExclusionQuery query, Regulation regulation, String path) {}
}
