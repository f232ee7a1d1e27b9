package cn.ecozone.review;

import cn.ecozone.document.Upload;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.review.internal.ConflictRules;
import cn.ecozone.review.internal.ExpertChecks;
import cn.ecozone.review.internal.ExpertEntity;
import cn.ecozone.review.internal.ExpertRows;
import cn.ecozone.review.internal.ExpertTransfer;
import cn.ecozone.review.internal.ExpertWorkbook;
import cn.ecozone.review.internal.Experts;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListWorkbook;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's expert pool (GZ art. 25: 建立专家库): experts with their fields, organization, title,
 * contact and relations, and the integrity record (seed 003 §20) whose removal keeps an expert out of
 * every draw. Province staff of the pool's province manage it. The checks live in {@link ExpertChecks},
 * the import in {@link ExpertTransfer}; a subject's declarations in {@link SubjectConflictManagement}.
 */
@Service
@Transactional(readOnly = true)
public class ExpertPoolManagement {

    private static final Set<String> INTEGRITY = Set.of("NO_SHOW", "RECUSAL_FAILURE", "REMOVAL");

    private final Experts experts;
    private final ExpertRows relations;
    private final ExpertChecks checks;
    private final ExpertTransfer transfer;
    private final RegionManagement regions;
    private final Clock clock;

    ExpertPoolManagement(
            Experts experts,
            ExpertRows relations,
            ExpertChecks checks,
            ExpertTransfer transfer,
            RegionManagement regions,
            Clock clock) {
        this.experts = experts;
        this.relations = relations;
        this.checks = checks;
        this.transfer = transfer;
        this.regions = regions;
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

    public PageResult<ExpertView> list(String query, String field, Boolean removed, int page, int size, Actor actor) {
        String fieldPattern = field == null || field.isBlank() ? "%" : Like.containing("|" + field.strip() + "|");
        var found = experts.search(
                actor.scope().pathPattern(),
                Like.containing(query == null ? "" : query.strip()),
                fieldPattern,
                removed,
                Paging.of(page, size, 200, Sort.by("name", "id")));
        Map<String, String> names = regions.names(
                found.getContent().stream().map(ExpertEntity::orgRegionCode).toList());
        return PageResult.of(found, e -> view(e, names.get(e.orgRegionCode())));
    }

    public ExpertDetail detail(long id, Actor actor) {
        return detail(visible(id, actor));
    }

    @Transactional
    public ExpertDetail create(ExpertInput in, Actor actor) {
        ExpertEntity.Details d = checks.details(entered(in), null);
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
        ExpertEntity.Details d = checks.details(entered(in), e.id());
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
    public int importWorkbook(Upload upload, Actor actor) {
        List<ExpertEntity.Details> read = transfer.read(upload);
        for (ExpertEntity.Details d : read) {
            experts.save(new ExpertEntity(actor.regionCode(), actor.regionPath(), d, clock.instant()));
        }
        experts.flush();
        return read.size();
    }

    /** The pool (as filtered) as a workbook whose columns an import reads back; at most 10,000 rows. */
    public void export(String query, String field, Boolean removed, Actor actor, OutputStream out) throws IOException {
        PageResult<ExpertView> page = list(query, field, removed, 0, 10_000, actor);
        List<String> headers = new ArrayList<>(ExpertWorkbook.HEADERS);
        headers.add("状态");
        ListWorkbook.write(
                "专家库",
                headers,
                page.content(),
                e -> Arrays.asList(
                        e.name(),
                        String.join("、", e.fields()),
                        e.organization(),
                        e.orgRegionCode(),
                        e.title(),
                        e.contact(),
                        e.removed() ? "已移出" : "在库"),
                List.of(
                        "导出时间：" + ListWorkbook.TIME.format(clock.instant()),
                        "导出人：" + actor.displayName(),
                        ListWorkbook.count("专家", "名", page.content().size(), page.totalElements())),
                out);
    }

    private static ExpertChecks.Entered entered(ExpertInput in) {
        return new ExpertChecks.Entered(
                in.name(), in.fields(), in.organization(), in.orgRegionCode(), in.title(), in.contact(), in.userId());
    }

    private ConflictRules.ExpertRecord record(ExpertEntity e, ExpertInput in) {
        return checks.relations(e, in.employments(), in.plans(), in.ties());
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
