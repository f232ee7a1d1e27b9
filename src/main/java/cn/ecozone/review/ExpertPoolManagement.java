package cn.ecozone.review;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.review.internal.ConflictRules;
import cn.ecozone.review.internal.ExpertEntity;
import cn.ecozone.review.internal.ExpertRows;
import cn.ecozone.review.internal.Experts;
import cn.ecozone.review.internal.PanelEntity;
import cn.ecozone.review.internal.PanelRows;
import cn.ecozone.review.internal.Panels;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's expert pool (GZ art. 25: 建立专家库): experts with their fields, organization, title,
 * contact and relations, and the integrity record (seed 003 §20) whose removal keeps an expert out of
 * every draw. Province staff of the pool's province manage it; a dossier's subject may search it by
 * name (name and organization only) to declare a conflict.
 */
@Service
@Transactional(readOnly = true)
public class ExpertPoolManagement {

    private static final Set<String> EMPLOYER_KINDS = Set.of("GOVERNMENT", "DEPARTMENT", "CONSULTANCY", "OTHER");
    private static final Set<String> PLAN_PARTS = Set.of("DRAFTED", "REVIEWED");
    private static final Set<String> INTEGRITY = Set.of("NO_SHOW", "RECUSAL_FAILURE", "REMOVAL");

    private final Experts experts;
    private final ExpertRows relations;
    private final PanelRows rows;
    private final Panels panels;
    private final RegionManagement regions;
    private final DossierSteps dossiers;
    private final cn.ecozone.review.internal.ExpertWorkbook workbook;
    private final Clock clock;

    ExpertPoolManagement(
            Experts experts,
            ExpertRows relations,
            PanelRows rows,
            Panels panels,
            RegionManagement regions,
            DossierSteps dossiers,
            cn.ecozone.review.internal.ExpertWorkbook workbook,
            Clock clock) {
        this.workbook = workbook;
        this.experts = experts;
        this.relations = relations;
        this.rows = rows;
        this.panels = panels;
        this.regions = regions;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** An expert as the province's staff read it. */
    public record ExpertView(
            long id,
            String name,
            List<String> fields,
            String organization,
            String orgRegionCode,
            String orgRegionName,
            String title,
            String contact,
            Long userId,
            boolean removed,
            long version) {}

    /** An expert with relations and integrity record. */
    public record ExpertDetail(
            ExpertView expert,
            List<ExpertRelations.Employment> employments,
            List<ExpertRelations.PlanPart> plans,
            List<ExpertRelations.Tie> ties,
            List<IntegrityView> integrity) {}

    public record IntegrityView(long id, String kind, LocalDate occurredOn, String note, String recordedBy) {}

    /** What staff enter for an expert; {@code version} for a change. */
    public record ExpertInput(
            String name,
            List<String> fields,
            String organization,
            String orgRegionCode,
            String title,
            String contact,
            Long userId,
            List<ExpertRelations.Employment> employments,
            List<ExpertRelations.PlanPart> plans,
            List<ExpertRelations.Tie> ties,
            Long version) {}

    /** An integrity entry to record; {@code REMOVAL} removes the expert from the pool. */
    public record IntegrityInput(String kind, LocalDate occurredOn, String note) {}

    /** What a subject sees of a pool expert: the name and organization only. */
    public record ExpertName(long id, String name, String organization) {}

    public PageResult<ExpertView> list(String query, String field, Boolean removed, int page, int size, Actor actor) {
        String fieldPattern = field == null || field.isBlank() ? "%" : Like.containing("|" + field.strip() + "|");
        var found = experts.search(
                actor.scope().pathPattern(),
                Like.containing(query == null ? "" : query.strip()),
                fieldPattern,
                removed,
                Paging.of(page, size, 200, Sort.by("name", "id")));
        java.util.Map<String, String> names = regions.names(
                found.getContent().stream().map(ExpertEntity::orgRegionCode).toList());
        return PageResult.of(found, e -> view(e, names.get(e.orgRegionCode())));
    }

    public ExpertDetail detail(long id, Actor actor) {
        return detail(visible(id, actor));
    }

    @Transactional
    public ExpertDetail create(ExpertInput in, Actor actor) {
        ExpertEntity.Details d = details(in);
        ExpertEntity e =
                experts.saveAndFlush(new ExpertEntity(actor.regionCode(), actor.regionPath(), d, clock.instant()));
        relations.replaceRelations(e.id(), record(e, in));
        return detail(e);
    }

    @Transactional
    public ExpertDetail change(long id, ExpertInput in, Actor actor) {
        ExpertEntity e = visible(id, actor);
        if (in.version() == null || in.version() != e.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        ExpertEntity.Details d = details(in, e.id());
        e = experts.saveAndFlush(e.change(d, clock.instant()));
        relations.replaceRelations(e.id(), record(e, in));
        return detail(e);
    }

    /** Records an integrity entry; a {@code REMOVAL} also removes the expert (never drawn again). */
    @Transactional
    public ExpertDetail integrity(long id, IntegrityInput in, Actor actor) {
        if (in.kind() == null || !INTEGRITY.contains(in.kind())) {
            throw ApiException.invalid("kind", "review.input.kind");
        }
        if (in.occurredOn() == null) {
            throw ApiException.invalid("occurredOn", "review.input.required");
        }
        if (in.note() == null || in.note().isBlank()) {
            throw ApiException.invalid("note", "review.input.required");
        }
        if (in.note().length() > 500) {
            throw ApiException.invalid("note", "review.input.too-long", 500);
        }
        ExpertEntity e = visible(id, actor);
        if ("REMOVAL".equals(in.kind())) {
            e = experts.saveAndFlush(e.remove(clock.instant()));
        }
        relations.addIntegrity(
                e.id(), in.kind(), in.occurredOn(), in.note().strip(), actor.username(), clock.instant());
        return detail(e);
    }

    /**
     * Imports the workbook's experts into the actor's pool: every row is checked and every problem
     * reported at once (400, one field error per cell, {@code 第N行.field}); with any problem nothing is
     * saved. Relations are entered per expert afterwards. Returns how many were saved.
     */
    @Transactional
    public int importWorkbook(cn.ecozone.document.Upload upload, Actor actor) {
        List<cn.ecozone.review.internal.ExpertWorkbook.ReadRow> read = workbook.read(upload);
        java.util.List<ExpertEntity.Details> ok = new java.util.ArrayList<>();
        java.util.List<ApiException.FieldError> problems = new java.util.ArrayList<>();
        for (var row : read) {
            java.util.Map<String, String> c = row.cells();
            ExpertInput in = new ExpertInput(
                    c.get("姓名"),
                    c.get("专业领域") == null
                            ? List.of()
                            : java.util.Arrays.stream(c.get("专业领域").split("[、,，;；]"))
                                    .map(String::strip)
                                    .filter(x -> !x.isEmpty())
                                    .toList(),
                    c.get("工作单位"),
                    c.get("单位所在地区代码"),
                    c.get("职称"),
                    c.get("联系方式"),
                    null,
                    null,
                    null,
                    null,
                    null);
            List<Runnable> checks = List.of(
                    () -> required("name", in.name(), 100),
                    () -> required("organization", in.organization(), 200),
                    () -> fields(in),
                    () -> region("orgRegionCode", in.orgRegionCode()),
                    () -> optional("title", in.title(), 100),
                    () -> optional("contact", in.contact(), 100),
                    () -> details(in));
            int before = problems.size();
            for (Runnable check : checks) {
                if (check == checks.getLast() && problems.size() > before) {
                    break;
                }
                try {
                    check.run();
                } catch (ApiException e) {
                    int excelRow = row.row();
                    e.fieldErrors().stream()
                            .filter(f -> problems.stream()
                                    .noneMatch(p -> p.field().equals("第" + excelRow + "行." + f.field())))
                            .forEach(f -> problems.add(new ApiException.FieldError(
                                    "第" + excelRow + "行." + f.field(), f.messageKey(), f.args())));
                }
            }
            if (problems.size() == before) {
                ok.add(details(in));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "validation",
                    "review.import.invalid",
                    new Object[] {problems.size()},
                    problems);
        }
        if (ok.isEmpty()) {
            throw ApiException.invalid("file", "review.import.empty");
        }
        for (ExpertEntity.Details d : ok) {
            experts.save(new ExpertEntity(actor.regionCode(), actor.regionPath(), d, clock.instant()));
        }
        experts.flush();
        return ok.size();
    }

    /** The pool (as filtered) as a workbook whose columns an import reads back; at most 10,000 rows. */
    public void export(String query, String field, Boolean removed, Actor actor, java.io.OutputStream out)
            throws java.io.IOException {
        PageResult<ExpertView> page = list(query, field, removed, 0, 10_000, actor);
        List<String> headers = new java.util.ArrayList<>(cn.ecozone.review.internal.ExpertWorkbook.HEADERS);
        headers.add("状态");
        cn.ecozone.shared.ListWorkbook.write(
                "专家库",
                headers,
                page.content(),
                e -> java.util.Arrays.asList(
                        e.name(),
                        String.join("、", e.fields()),
                        e.organization(),
                        e.orgRegionCode(),
                        e.title(),
                        e.contact(),
                        e.removed() ? "已移出" : "在库"),
                List.of(
                        "导出时间：" + cn.ecozone.shared.ListWorkbook.TIME.format(clock.instant()),
                        "导出人：" + actor.displayName(),
                        cn.ecozone.shared.ListWorkbook.count(
                                "专家", "名", page.content().size(), page.totalElements())),
                out);
    }

    /** The pool experts a dossier's subject may name in a declaration: name and organization only. */
    public List<ExpertName> searchForSubject(long dossierId, String query, Actor actor) {
        DossierAtStep d = subjects(dossierId, actor);
        String pool = provincePath(d.dossier().regionCode());
        return experts.search(
                        pool,
                        Like.containing(query == null ? "" : query.strip()),
                        "%",
                        false,
                        Paging.of(0, 20, 20, Sort.by("name", "id")))
                .map(e -> new ExpertName(e.id(), e.name(), e.organization()))
                .getContent();
    }

    /**
     * The dossier's subject declares a conflict with a pool expert; automation never clears it. Refused
     * (409) once a panel covering the dossier has closed: its panels' rows are locked first, so a close
     * and a declaration queue and the closed board never changes.
     */
    @Transactional
    public void declareBySubject(long dossierId, Long expertId, String note, Actor actor) {
        if (expertId == null) {
            throw ApiException.invalid("expertId", "review.input.required");
        }
        if (note == null || note.isBlank()) {
            throw ApiException.invalid("note", "review.input.required");
        }
        if (note.length() > 500) {
            throw ApiException.invalid("note", "review.input.too-long", 500);
        }
        DossierAtStep d = subjects(dossierId, actor);
        for (long panelId : rows.panelsCovering(dossierId)) {
            panels.lockById(panelId).ifPresent(PanelEntity::requireOpen);
        }
        String pool = provincePath(d.dossier().regionCode());
        ExpertEntity e = experts.findById(expertId)
                .filter(x -> x.poolRegionPath().equals(pool))
                .orElseThrow(ReviewFacts.ExpertNotFound::new);
        if (rows.conflicts(List.of(dossierId)).stream()
                .noneMatch(c -> c.expertId() == e.id() && "DECLARED_BY_SUBJECT".equals(c.type()))) {
            rows.addConflict(
                    e.id(),
                    dossierId,
                    "DECLARED_BY_SUBJECT",
                    "DECLARED",
                    note.strip(),
                    actor.username(),
                    clock.instant());
        }
    }

    private DossierAtStep subjects(long dossierId, Actor actor) {
        return dossiers.find(dossierId)
                .filter(d -> d.dossier().regionCode().equals(actor.regionCode()))
                .orElseThrow(() -> ApiException.notFound("error.dossier.not-found", dossierId));
    }

    private String provincePath(String regionCode) {
        String path = regions.require(regionCode).path();
        return path.substring(0, path.indexOf('/', 1) + 1);
    }

    private ExpertEntity.Details details(ExpertInput in) {
        return details(in, null);
    }

    /** The checked details; {@code self} is the expert being changed, whose own account link is no clash. */
    private ExpertEntity.Details details(ExpertInput in, Long self) {
        String name = required("name", in.name(), 100);
        String org = required("organization", in.organization(), 200);
        fields(in);
        Region region = region("orgRegionCode", in.orgRegionCode());
        String title = optional("title", in.title(), 100);
        String contact = optional("contact", in.contact(), 100);
        if (in.userId() != null
                && experts.findByUserId(in.userId())
                        .filter(x -> !x.id().equals(self))
                        .isPresent()) {
            throw ApiException.invalid("userId", "review.input.user-taken");
        }
        return new ExpertEntity.Details(
                name,
                in.fields().stream().map(String::strip).distinct().toList(),
                org,
                region.code(),
                region.path(),
                title,
                contact,
                in.userId());
    }

    private static void fields(ExpertInput in) {
        if (in.fields() == null
                || in.fields().isEmpty()
                || in.fields().stream().anyMatch(f -> f == null || f.isBlank() || f.contains("|") || f.length() > 40)) {
            throw ApiException.invalid("fields", "review.input.fields");
        }
    }

    private ConflictRules.ExpertRecord record(ExpertEntity e, ExpertInput in) {
        List<ExpertRelations.Employment> jobs = in.employments() == null ? List.of() : in.employments();
        for (int i = 0; i < jobs.size(); i++) {
            ExpertRelations.Employment j = jobs.get(i);
            String f = "employments[" + i + "].";
            required(f + "employer", j.employer(), 200);
            region(f + "regionCode", j.regionCode());
            if (j.kind() == null || !EMPLOYER_KINDS.contains(j.kind())) {
                throw ApiException.invalid(f + "kind", "review.input.kind");
            }
            if (j.draftedForCode() != null) {
                region(f + "draftedForCode", j.draftedForCode());
            }
            if (j.from() == null || (j.to() != null && j.to().isBefore(j.from()))) {
                throw ApiException.invalid(f + "from", "review.input.dates");
            }
        }
        List<ExpertRelations.PlanPart> plans = in.plans() == null ? List.of() : in.plans();
        for (int i = 0; i < plans.size(); i++) {
            region("plans[" + i + "].regionCode", plans.get(i).regionCode());
            if (!PLAN_PARTS.contains(String.valueOf(plans.get(i).part()))) {
                throw ApiException.invalid("plans[" + i + "].part", "review.input.kind");
            }
        }
        List<ExpertRelations.Tie> ties = in.ties() == null ? List.of() : in.ties();
        for (int i = 0; i < ties.size(); i++) {
            region("ties[" + i + "].regionCode", ties.get(i).regionCode());
            required("ties[" + i + "].note", ties.get(i).note(), 300);
        }
        return new ConflictRules.ExpertRecord(e.id(), e.orgRegionPath(), jobs, plans, ties);
    }

    private Region region(String field, String code) {
        if (code == null || !code.matches("\\d{6}")) {
            throw ApiException.invalid(field, "review.input.region");
        }
        try {
            return regions.require(code);
        } catch (RuntimeException e) {
            throw ApiException.invalid(field, "review.input.region");
        }
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "review.input.required");
        }
        if (value.strip().length() > max) {
            throw ApiException.invalid(field, "review.input.too-long", max);
        }
        return value.strip();
    }

    private static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : required(field, value, max);
    }

    private ExpertEntity visible(long id, Actor actor) {
        return experts.findById(id)
                .filter(e -> actor.scope().includes(e.poolRegionPath()))
                .orElseThrow(ReviewFacts.ExpertNotFound::new);
    }

    private ExpertDetail detail(ExpertEntity e) {
        ConflictRules.ExpertRecord r = relations.records(List.of(e)).get(e.id());
        return new ExpertDetail(
                view(e),
                r.employments(),
                r.plans(),
                r.ties(),
                relations.integrity(e.id()).stream()
                        .map(i -> new IntegrityView(i.id(), i.kind(), i.occurredOn(), i.note(), i.recordedBy()))
                        .toList());
    }

    private ExpertView view(ExpertEntity e) {
        return view(e, regions.require(e.orgRegionCode()).name());
    }

    private static ExpertView view(ExpertEntity e, String regionName) {
        return new ExpertView(
                e.id(),
                e.name(),
                e.fields(),
                e.organization(),
                e.orgRegionCode(),
                regionName,
                e.title(),
                e.contact(),
                e.userId(),
                e.removed(),
                e.version());
    }
}
