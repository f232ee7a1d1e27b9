package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry;
import cn.ecozone.shared.RecordNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What an audit record did, in words (issue 14 §6): "提交规划《…》", "确认 2025 年指标", not {@code POST
 * /api/plans/{id}/{action}}. Table-driven: one {@link Kind} per recorded action (the matched request
 * pattern, or LOGIN…), whose message key ({@code audit.describe.*}) may hold a path variable (the
 * plan action, the indicator transition) and whose arguments are path variables or the name of the
 * record a variable points at. Names come from the owning modules ({@link RecordNames}) once per kind
 * for a whole page of records, never per record. A record of no kind in the table has no description;
 * the raw request stays on the record either way.
 */
@Component
class AuditDescriptions {

    /**
     * One kind of record: {@code key} with {@code {var}} replaced by the lower-cased path variable;
     * {@code args} the message arguments, each a path variable or {@code name:<kind>:<var>} (the name
     * of the record of that kind whose id is the variable); {@code fallbackKey} when {@code key} has no
     * message.
     */
    record Kind(String key, List<String> args, String fallbackKey) {}

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("LOGIN", new Kind("audit.describe.login", List.of(), null)),
            Map.entry("LOGIN_FAILED", new Kind("audit.describe.login-failed", List.of(), null)),
            Map.entry("GET /api/audit/records/export", new Kind("audit.describe.audit-export", List.of(), null)),
            Map.entry("GET /api/plans/export", new Kind("audit.describe.plan-export", List.of(), null)),
            Map.entry("GET /api/work-plans/export", new Kind("audit.describe.workplan-export", List.of(), null)),
            Map.entry("GET /api/deadlines/export", new Kind("audit.describe.deadline-export", List.of(), null)),
            // s16-admin: every list export reads as an action (issue 14 §5)
            Map.entry("GET /api/users/export", new Kind("audit.describe.export.users", List.of(), null)),
            Map.entry(
                    "GET /api/organizations/export", new Kind("audit.describe.export.organizations", List.of(), null)),
            Map.entry("GET /api/candidacies/export", new Kind("audit.describe.export.candidacies", List.of(), null)),
            Map.entry(
                    "GET /api/dossier-overview/export",
                    new Kind("audit.describe.export.dossier-overview", List.of(), null)),
            Map.entry("GET /api/review/experts/export", new Kind("audit.describe.export.experts", List.of(), null)),
            Map.entry(
                    "GET /api/round-overview/{roundId}/export",
                    new Kind("audit.describe.export.round-overview", List.of("roundId"), null)),
            Map.entry("GET /api/key-projects/export", new Kind("audit.describe.export.key-projects", List.of(), null)),
            Map.entry("GET /api/registers/export", new Kind("audit.describe.export.registers", List.of(), null)),
            Map.entry("GET /api/rewards/export", new Kind("audit.describe.export.rewards", List.of(), null)),
            Map.entry("GET /api/dossiers/export", new Kind("audit.describe.export.dossiers", List.of(), null)),
            Map.entry("GET /api/publicity/notices/export", new Kind("audit.describe.export.notices", List.of(), null)),
            Map.entry(
                    "GET /api/publicity/complaints/export",
                    new Kind("audit.describe.export.complaints", List.of(), null)),
            Map.entry("GET /api/titles/export", new Kind("audit.describe.export.titles", List.of(), null)),
            Map.entry(
                    "GET /api/indicator-excel/export",
                    new Kind("audit.describe.export.indicator-values", List.of(), null)),
            Map.entry("GET /api/evaluations/export", new Kind("audit.describe.export.scorecard", List.of(), null)),
            Map.entry(
                    "GET /api/evaluations/ranking/export", new Kind("audit.describe.export.ranking", List.of(), null)),
            Map.entry(
                    "GET /api/evaluations/summary/export", new Kind("audit.describe.export.summary", List.of(), null)),
            // s17-lists-b: the supervision-, public- and admin-side exports (issue 14 §5)
            Map.entry(
                    "GET /api/rectifications/export",
                    new Kind("audit.describe.export.rectifications", List.of(), null)),
            Map.entry(
                    "GET /api/enforcement-proposals/export",
                    new Kind("audit.describe.export.proposals", List.of(), null)),
            Map.entry("GET /api/supervision-checks/export", new Kind("audit.describe.export.checks", List.of(), null)),
            Map.entry("GET /api/column-items/export", new Kind("audit.describe.export.column-items", List.of(), null)),
            Map.entry(
                    "GET /api/construction-units/export",
                    new Kind("audit.describe.export.construction-units", List.of(), null)),
            // s18-a: the review-side exports (issue 14 §5)
            Map.entry("GET /api/opinions/export", new Kind("audit.describe.export.opinions", List.of(), null)),
            Map.entry("GET /api/cases/export", new Kind("audit.describe.export.cases", List.of(), null)),
            Map.entry("GET /api/application-rounds/export", new Kind("audit.describe.export.rounds", List.of(), null)),
            Map.entry("GET /api/review/panels/export", new Kind("audit.describe.export.panels", List.of(), null)),
            // s18-b: the inbox's export (issue 14 §5)
            Map.entry("GET /api/procedures/inbox/export", new Kind("audit.describe.export.inbox", List.of(), null)),
            Map.entry("POST /api/plans", new Kind("audit.describe.plan.create", List.of(), null)),
            Map.entry("PUT /api/plans/{id}", new Kind("audit.describe.plan.update", List.of("name:plan:id"), null)),
            Map.entry(
                    "POST /api/plans/{id}/document",
                    new Kind("audit.describe.plan.document", List.of("name:plan:id"), null)),
            Map.entry(
                    "PUT /api/plans/{id}/content",
                    new Kind("audit.describe.plan.content", List.of("name:plan:id"), null)),
            Map.entry(
                    "POST /api/plans/{id}/{action}",
                    new Kind(
                            "audit.describe.plan.act.{action}",
                            List.of("name:plan:id", "action"),
                            "audit.describe.plan.act")),
            Map.entry(
                    "PUT /api/indicator-values/{edition}/{region}/{year}/{indicator}",
                    new Kind(
                            "audit.describe.indicator.value", List.of("year", "indicator", "region", "edition"), null)),
            Map.entry(
                    "POST /api/indicator-submissions/{edition}/{region}/{year}/{transition}",
                    new Kind(
                            "audit.describe.indicator.{transition}",
                            List.of("year", "region", "edition", "transition"),
                            "audit.describe.indicator.other")),
            // s15-overview: the league's 催报 and batch confirmation (what and whom is in the request body)
            Map.entry(
                    "POST /api/indicator-overview/remind",
                    new Kind("audit.describe.indicator.remind", List.of(), null)),
            Map.entry(
                    "POST /api/indicator-overview/confirm",
                    new Kind("audit.describe.indicator.confirm-batch", List.of(), null)));

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    private final MessageSource messages;
    private final Map<String, RecordNames> names;
    private final AuditReasons reasons;
    private final AuditChangeValues values;

    AuditDescriptions(MessageSource messages, List<RecordNames> names, AuditReasons reasons, AuditChangeValues values) {
        this.messages = messages;
        this.reasons = reasons;
        this.values = values;
        this.names = names.stream().collect(Collectors.toMap(RecordNames::kind, Function.identity()));
    }

    /**
     * {@code entries} with their descriptions in {@code locale}, and the platform's own reasons and the
     * coded values of their changes in it ({@link AuditReasons}, {@link AuditChangeValues}): one names
     * statement per kind of record named.
     */
    List<AuditEntry> describe(List<AuditEntry> entries, Locale locale) {
        List<Map<String, String>> variables =
                entries.stream().map(AuditDescriptions::variables).toList();
        Map<String, Map<String, String>> found = names(entries, variables);
        List<AuditEntry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            out.add(e.describedAs(describe(e, variables.get(i), found, locale))
                    .withReason(reasons.read(e.reason(), locale))
                    .withChanges(values.read(e.target(), e.changes(), locale)));
        }
        return out;
    }

    private Map<String, Map<String, String>> names(List<AuditEntry> entries, List<Map<String, String>> variables) {
        Map<String, Set<String>> wanted = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Kind kind = KINDS.get(entries.get(i).action());
            if (kind == null) {
                continue;
            }
            for (String arg : kind.args()) {
                if (arg.startsWith("name:")) {
                    String[] parts = arg.split(":");
                    String id = variables.get(i).get(parts[2]);
                    if (id != null) {
                        wanted.computeIfAbsent(parts[1], k -> new HashSet<>()).add(id);
                    }
                }
            }
        }
        Map<String, Map<String, String>> found = new HashMap<>();
        wanted.forEach((kind, ids) -> {
            RecordNames source = names.get(kind);
            found.put(kind, source == null ? Map.of() : source.names(ids));
        });
        return found;
    }

    private String describe(
            AuditEntry entry, Map<String, String> vars, Map<String, Map<String, String>> found, Locale locale) {
        if (entry.target() != null && entry.target().startsWith("Document:")) {
            int space = entry.target().indexOf(' ');
            String name = space < 0
                    ? entry.target().substring("Document:".length())
                    : entry.target().substring(space + 1);
            return message("audit.describe.document-read", new Object[] {name}, locale);
        }
        Kind kind = KINDS.get(entry.action());
        if (kind == null) {
            return null;
        }
        Object[] args = kind.args().stream()
                .map(arg -> argument(arg, vars, found, locale))
                .toArray();
        String key = kind.key();
        for (Map.Entry<String, String> v : vars.entrySet()) {
            key = key.replace("{" + v.getKey() + "}", v.getValue().toLowerCase(Locale.ROOT));
        }
        String text = key.contains("{") ? null : message(key, args, locale);
        return text != null || kind.fallbackKey() == null ? text : message(kind.fallbackKey(), args, locale);
    }

    private String argument(
            String arg, Map<String, String> vars, Map<String, Map<String, String>> found, Locale locale) {
        if (!arg.startsWith("name:")) {
            return vars.getOrDefault(arg, "");
        }
        String[] parts = arg.split(":");
        String id = vars.get(parts[2]);
        String name = id == null ? null : found.getOrDefault(parts[1], Map.of()).get(id);
        return name != null ? name : message("audit.describe.unnamed", new Object[] {id == null ? "" : id}, locale);
    }

    private String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, null, locale);
    }

    /**
     * The path variables of a record: matched from its request path against the pattern in its action;
     * for a record from before the path was kept, from its target, where the request filter wrote the
     * variables' values in the pattern's order.
     */
    static Map<String, String> variables(AuditEntry entry) {
        String action = entry.action();
        int space = action == null ? -1 : action.indexOf(' ');
        if (space < 0 || !action.substring(space + 1).startsWith("/")) {
            return Map.of();
        }
        PathPattern pattern;
        try {
            pattern = PARSER.parse(action.substring(space + 1));
        } catch (RuntimeException e) {
            return Map.of();
        }
        if (entry.requestPath() != null) {
            PathPattern.PathMatchInfo info = pattern.matchAndExtract(PathContainer.parsePath(entry.requestPath()));
            return info == null ? Map.of() : new LinkedHashMap<>(info.getUriVariables());
        }
        return fromTarget(action.substring(space + 1), entry.target());
    }

    private static Map<String, String> fromTarget(String pattern, String target) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        if (names.isEmpty() || target == null || target.contains(":") || target.startsWith("/")) {
            return Map.of();
        }
        String[] values = target.split(",", -1);
        if (values.length != names.size()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put(names.get(i), values[i]);
        }
        return out;
    }

    /** The kinds of record described, for the docs and tests. */
    static Collection<String> kinds() {
        return KINDS.keySet();
    }
}
