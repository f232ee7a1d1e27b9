package cn.ecozone.indicator.edition;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.shared.yaml.YamlFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Builds an {@link EditionDefinition} from a parsed YAML document, checking its structure. */
final class EditionReader {

    static final Pattern EDITION_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");
    static final Pattern GROUP_CODE = Pattern.compile("[A-Z0-9][A-Z0-9.-]*");
    static final int EARLIEST_YEAR = 1949;
    static final int LATEST_YEAR = 2100;

    private final Map<String, String> indicatorPaths = new HashMap<>();
    private final Map<String, String> groupPaths = new HashMap<>();
    /** A province's code: two digits and four zeros (GB/T 2260). */
    static final Pattern PROVINCE = Pattern.compile("[1-9][0-9]0000");

    private final List<RegionLevel> levels;

    private EditionReader(List<RegionLevel> levels) {
        this.levels = levels;
    }

    static EditionDefinition read(YamlFields f) {
        f.allowOnly(
                "code",
                "version",
                "title_zh",
                "title_en",
                "issuer_zh",
                "document_zh",
                "issued",
                "issued_uncertain",
                "source",
                "complete",
                "levels",
                "province",
                "first_year",
                "last_year",
                "score",
                "groups");
        String code = f.code("code", EDITION_CODE, 40);
        int version = f.integer("version");
        if (version < 1) {
            throw f.error("version", "must be 1 or more");
        }
        List<RegionLevel> levels = f.enumList("levels", RegionLevel.class);
        if (levels == null || levels.isEmpty()) {
            throw f.error("levels", "name at least one region level");
        }
        String province = f.optionalString("province", 12);
        if (province != null && !PROVINCE.matcher(province).matches()) {
            throw f.error(
                    "province", "expected the code of a province, e.g. 520000, or no field for a national edition");
        }
        int firstYear = year(f, "first_year");
        int lastYear = year(f, "last_year");
        if (firstYear > lastYear) {
            throw f.error("first_year", "first_year " + firstYear + " is after last_year " + lastYear);
        }
        String titleZh = f.string("title_zh", 200);
        String titleEn = f.string("title_en", 300);
        String issuerZh = f.string("issuer_zh", 200);
        String documentZh = f.string("document_zh", 300);
        LocalDate issued = f.date("issued");
        Boolean issuedUncertain = f.optionalBoolean("issued_uncertain");
        String source = f.string("source", 500);
        boolean complete = f.bool("complete");
        ScoreMethod score = score(f.mapping("score"));
        EditionReader reader = new EditionReader(levels);
        List<GroupDefinition> groups = reader.groups(f, "groups");
        if (groups.isEmpty()) {
            throw f.error("groups", "an edition needs at least one group");
        }
        EditionDefinition edition = new EditionDefinition(
                code,
                version,
                titleZh,
                titleEn,
                issuerZh,
                documentZh,
                issued,
                issuedUncertain != null && issuedUncertain,
                source,
                complete,
                levels,
                province,
                firstYear,
                lastYear,
                score,
                groups);
        checkWeights(f, edition, reader);
        return edition;
    }

    private static int year(YamlFields f, String key) {
        int year = f.integer(key);
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw f.error(key, year + " is not a year between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
        }
        return year;
    }

    private static ScoreMethod score(YamlFields f) {
        f.allowOnly("method", "note_zh", "note_en");
        String method = f.string("method", 20);
        if (!ScoreMethod.SHARE_MET.equals(method) && !ScoreMethod.WEIGHTED.equals(method)) {
            throw f.error(
                    "method",
                    "unknown value '" + method + "' (expected one of " + ScoreMethod.SHARE_MET + ", "
                            + ScoreMethod.WEIGHTED + ")");
        }
        return new ScoreMethod(method, f.string("note_zh", 1000), f.string("note_en", 1000));
    }

    /** WEIGHTED needs a weight on every indicator; SHARE_MET must not carry weights that would be ignored. */
    private static void checkWeights(YamlFields f, EditionDefinition edition, EditionReader reader) {
        boolean weighted = ScoreMethod.WEIGHTED.equals(edition.score().method());
        for (IndicatorDefinition indicator : edition.indicators()) {
            String at = reader.indicatorPaths.get(indicator.code());
            if (weighted && indicator.weight() == null) {
                throw new EditionFileException(
                        f.file(), at + ".weight", "score method WEIGHTED needs a weight on every indicator");
            }
            if (!weighted && indicator.weight() != null) {
                throw new EditionFileException(
                        f.file(),
                        at + ".weight",
                        "a weight is only used with score method WEIGHTED (this edition uses "
                                + edition.score().method() + ")");
            }
        }
    }

    private List<GroupDefinition> groups(YamlFields parent, String key) {
        List<GroupDefinition> groups = new ArrayList<>();
        for (YamlFields g : parent.mappings(key)) {
            groups.add(group(g));
        }
        return groups;
    }

    private GroupDefinition group(YamlFields f) {
        f.allowOnly("code", "name_zh", "name_en", "environmental_quality", "groups", "indicators");
        String code = f.code("code", GROUP_CODE, 40);
        String first = groupPaths.putIfAbsent(code, f.pathOf("code"));
        if (first != null) {
            throw f.error("code", "duplicate group code '" + code + "' (first at " + first + ")");
        }
        String nameZh = f.string("name_zh", 200);
        String nameEn = f.string("name_en", 300);
        boolean environmentalQuality = Boolean.TRUE.equals(f.optionalBoolean("environmental_quality"));
        List<IndicatorDefinition> indicators = new ArrayList<>();
        for (YamlFields i : f.mappings("indicators")) {
            IndicatorDefinition indicator = IndicatorReader.read(i, code, levels);
            String seen = indicatorPaths.putIfAbsent(indicator.code(), i.path());
            if (seen != null) {
                throw i.error("code", "duplicate indicator code '" + indicator.code() + "' (first at " + seen + ")");
            }
            indicators.add(indicator);
        }
        List<GroupDefinition> subGroups = groups(f, "groups");
        if (indicators.isEmpty() && subGroups.isEmpty()) {
            throw f.errorHere("a group needs indicators or sub-groups");
        }
        return new GroupDefinition(code, nameZh, nameEn, environmentalQuality, subGroups, indicators);
    }
}
