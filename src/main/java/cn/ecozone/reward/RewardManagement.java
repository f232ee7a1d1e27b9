package cn.ecozone.reward;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.PlanRules;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.reward.internal.RewardChangeEntity;
import cn.ecozone.reward.internal.RewardChanges;
import cn.ecozone.reward.internal.RewardChecks;
import cn.ecozone.reward.internal.RewardEntity;
import cn.ecozone.reward.internal.RewardViews;
import cn.ecozone.reward.internal.RewardWorkbook;
import cn.ecozone.reward.internal.Rewards;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleView;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rewards of titled areas (资金奖励: IM eco-civ art. 20, IM Two Mountains art. 19, Guizhou art. 20). Reads
 * follow the data scope (404 outside it), so a subject reads its own; the province's staff in scope
 * record and correct them; a correction names its reason and keeps every changed field; nothing is
 * deleted. Two corrections at once: the row is locked and the version compared, the later one is 409.
 */
@Service
@Transactional(readOnly = true)
public class RewardManagement {

    /** The most rows one export writes. */
    static final int EXPORT_LIMIT = 10_000;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Rewards rewards;
    private final RewardChanges changes;
    private final TitleRecords titles;
    private final RegionManagement regions;
    private final RegulationManagement regulations;
    private final DocumentManagement documents;
    private final RewardWorkbook workbook;
    private final RewardViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RewardManagement(
            Rewards rewards,
            RewardChanges changes,
            TitleRecords titles,
            RegionManagement regions,
            RegulationManagement regulations,
            DocumentManagement documents,
            RewardWorkbook workbook,
            RewardViews views,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rewards = rewards;
        this.changes = changes;
        this.titles = titles;
        this.regions = regions;
        this.regulations = regulations;
        this.documents = documents;
        this.workbook = workbook;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** The rewards of title {@code titleId} with the rule that grants them. @throws RewardFacts.TitleNotFound outside the scope */
    public TitleRewards ofTitle(long titleId, Actor actor) {
        TitleView title = visibleTitle(titleId, actor);
        Optional<PlanRules.Duty> duty = regulations
                .find(title.regulationCode(), title.regulationVersion())
                .flatMap(r -> Optional.ofNullable(r.title()))
                .flatMap(t -> t.duty("REWARD"));
        String regionName = title.regionName();
        List<RewardView> list = rewards.ofTitle(titleId).stream()
                .map(r -> RewardViews.view(r, regionName, actor, null, List.of()))
                .toList();
        return new TitleRewards(
                titleId,
                title.subjectName(),
                title.regionCode(),
                duty.map(d -> d.citation().article()).orElse(null),
                duty.map(d -> d.by().name()).orElse(null),
                duty.map(PlanRules.Duty::textZh).orElse(null),
                mayWrite(actor),
                list);
    }

    /** One reward with its history and attachment. @throws RewardFacts.RewardNotFound outside the scope */
    public RewardView view(long id, Actor actor) {
        RewardEntity r = visible(id, actor);
        String documentName = r.documentId() == null
                ? null
                : documents.require(r.documentId()).name();
        return RewardViews.view(r, regions.require(r.regionCode()).name(), actor, documentName, views.history(r.id()));
    }

    /**
     * Records a reward of title {@code titleId}. Preconditions: the actor is the province's staff (403)
     * and the title lies in its scope (404); the input is valid (400 naming the field).
     */
    @Transactional
    public RewardView record(long titleId, RewardInput input, Actor actor) {
        requireWriter(actor);
        TitleView title = visibleTitle(titleId, actor);
        RewardInput in = RewardChecks.clean(input, today());
        Instant now = clock.instant();
        RewardEntity r = rewards.saveAndFlush(new RewardEntity(
                title.id(),
                title.candidacyId(),
                title.regionCode(),
                regions.require(title.regionCode()).path(),
                title.subjectName(),
                title.programme(),
                in,
                actor.username(),
                now));
        events.publishEvent(new RewardChanged(r.id(), r.titleId(), r.regionCode(), null, r.asRecorded()));
        return view(r.id(), actor);
    }

    /**
     * Corrects a reward; each changed field goes into its history with the reason. Preconditions: the
     * province's staff in scope; a reason (400); the version read (409 when it moved on).
     */
    @Transactional
    public RewardView correct(long id, RewardInput input, Long version, String reason, Actor actor) {
        requireWriter(actor);
        RewardEntity r = editable(id, version, actor);
        String why = requireReason(reason);
        RewardInput in = RewardChecks.clean(input, today());
        Instant now = clock.instant();
        List<FieldChange> changed = r.correct(in, now);
        if (!changed.isEmpty()) {
            rewards.saveAndFlush(r);
            keep(r, changed, why, actor, now);
        }
        return view(r.id(), actor);
    }

    /** Checks, before an upload's bytes are stored, that the actor may attach to the reward. */
    public void requireAttachable(long id, Long version, Actor actor) {
        requireWriter(actor);
        RewardEntity r = visible(id, actor);
        if (version == null || version != r.version()) {
            throw new RewardFacts.StaleVersion();
        }
    }

    /**
     * Attaches a stored document (replacing an earlier one, which then needs a reason). Runs in the
     * document's transaction ({@link RewardDocuments}); the checks are made again here.
     */
    @Transactional
    public RewardView attach(long id, StoredDocument document, Long version, String reason, Actor actor) {
        requireWriter(actor);
        RewardEntity r = editable(id, version, actor);
        String why = r.documentId() == null ? blankToNull(reason) : requireReason(reason);
        Instant now = clock.instant();
        FieldChange change = r.attach(document.id(), now);
        rewards.saveAndFlush(r);
        keep(r, List.of(change), why, actor, now);
        return view(r.id(), actor);
    }

    /** The attached document of a reward the actor sees. */
    public StoredDocument document(long id, Actor actor) {
        RewardEntity r = visible(id, actor);
        if (r.documentId() == null) {
            throw new RewardFacts.RewardNotFound(id);
        }
        return documents.require(r.documentId());
    }

    /** One page of the rewards in the actor's scope that match the filter: two statements. */
    public PageResult<RewardView> list(RewardFilter filter, int page, int size, Actor actor) {
        Page<RewardEntity> found = views.search(filter, Paging.of(page, size, 500), actor);
        Map<String, String> names = views.names(found.getContent());
        return PageResult.of(found, r -> RewardViews.view(r, names.get(r.regionCode()), actor, null, List.of()));
    }

    /** Writes the matching rewards in scope as an .xlsx workbook with Chinese headers. */
    public void export(RewardFilter filter, Actor actor, OutputStream out) throws IOException {
        Page<RewardEntity> found = views.search(filter, PageRequest.of(0, EXPORT_LIMIT), actor);
        Map<String, String> names = views.names(found.getContent());
        List<RewardView> rows = found.getContent().stream()
                .map(r -> RewardViews.view(r, names.get(r.regionCode()), actor, null, List.of()))
                .toList();
        workbook.write(rows, found.getTotalElements(), clock.instant(), actor.displayName(), out);
    }

    /**
     * The rewards of a candidacy's titles, for its archive. No scope is applied: the caller has
     * checked that the reader may read the candidacy.
     */
    public List<RewardView> ofCandidacy(long candidacyId) {
        List<RewardEntity> found = rewards.ofCandidacy(candidacyId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = views.names(found);
        Map<Long, List<RewardView.Change>> histories = views.histories(found);
        return found.stream()
                .map(r -> RewardViews.view(
                        r, names.get(r.regionCode()), null, null, histories.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private void keep(RewardEntity r, List<FieldChange> changed, String why, Actor actor, Instant now) {
        for (FieldChange c : changed) {
            changes.save(
                    new RewardChangeEntity(r.id(), c.field(), c.oldValue(), c.newValue(), actor.username(), now, why));
        }
        events.publishEvent(new RewardChanged(r.id(), r.titleId(), r.regionCode(), why, changed));
    }

    private TitleView visibleTitle(long titleId, Actor actor) {
        return titles.find(titleId)
                .filter(t ->
                        actor.scope().includes(regions.require(t.regionCode()).path()))
                .orElseThrow(() -> new RewardFacts.TitleNotFound(titleId));
    }

    private RewardEntity visible(long id, Actor actor) {
        return rewards.findById(id)
                .filter(r -> actor.scope().includes(r.regionPath()))
                .orElseThrow(() -> new RewardFacts.RewardNotFound(id));
    }

    private RewardEntity editable(long id, Long version, Actor actor) {
        visible(id, actor);
        RewardEntity r = rewards.lock(id).orElseThrow(() -> new RewardFacts.RewardNotFound(id));
        if (version == null || version != r.version()) {
            throw new RewardFacts.StaleVersion();
        }
        return r;
    }

    private static void requireWriter(Actor actor) {
        if (!mayWrite(actor)) {
            throw new RewardFacts.NotProvinceStaff();
        }
    }

    private static boolean mayWrite(Actor actor) {
        return RewardViews.mayWrite(actor);
    }

    private static String requireReason(String reason) {
        String why = blankToNull(reason);
        if (why == null) {
            throw new RewardFacts.ReasonRequired();
        }
        return why;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
