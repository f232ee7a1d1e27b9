package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionChecks;
import cn.ecozone.indicator.internal.EditionEntity;
import cn.ecozone.indicator.internal.EditionInputChecks;
import cn.ecozone.indicator.internal.EditionMapper;
import cn.ecozone.indicator.internal.Editions;
import cn.ecozone.indicator.internal.IndicatorEntity;
import cn.ecozone.indicator.internal.IndicatorRows;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.ApiException.FieldError;
import cn.ecozone.shared.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The edition editor: a province department creates an edition (blank, or copied from another to
 * complete it), edits its header and indicators while it is a draft, and publishes it, which freezes
 * it; a change after that means a new edition. Drafts are seen and changed only by the staff of the
 * owning province; every change sends the version read and gets a 409 when someone changed the draft
 * meanwhile. Every input is checked in full and every problem reported at once; nothing is stored
 * unless all of it is sound.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("editions")
public class EditionManagement {

    private final Editions editions;
    private final IndicatorRows rows;
    private final EditionMapper mapper;
    private final EditionInputChecks inputs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditionManagement(
            Editions editions,
            IndicatorRows rows,
            EditionMapper mapper,
            EditionInputChecks inputs,
            ApplicationEventPublisher events,
            Clock clock) {
        this.editions = editions;
        this.rows = rows;
        this.mapper = mapper;
        this.inputs = inputs;
        this.events = events;
        this.clock = clock;
    }

    /** Published editions and the actor's own drafts, by code. */
    public List<EditionView> list(Actor actor) {
        return editions.findAll().stream()
                .filter(e -> !e.isDraft() || owns(e, actor))
                .sorted(Comparator.comparing(EditionEntity::code))
                .map(e -> view(e, List.of(), actor))
                .toList();
    }

    /** One edition with its indicators; a draft only for its owner (404 for anybody else). */
    public EditionView detail(String code, Actor actor) {
        EditionEntity e = readable(code, actor);
        return view(e, rows.findByEditionCodeOrderByPosition(code), actor);
    }

    /**
     * Creates a draft owned by the actor's province, empty or with a copy of every indicator of
     * {@code copyFrom} (a published edition or one of the actor's drafts).
     *
     * @throws ApiException 400 listing every problem of the header, 409 when the code is taken
     */
    @Transactional
    public EditionView create(EditionHeader header, String copyFrom, Actor actor) {
        requireEditor(actor);
        List<IndicatorInput> copied = copyFrom == null || copyFrom.isBlank()
                ? List.of()
                : rows
                        .findByEditionCodeOrderByPosition(
                                readable(copyFrom, actor).code())
                        .stream()
                        .map(mapper::input)
                        .toList();
        return createWith(header, copied, actor);
    }

    /**
     * Creates a draft with these indicators, e.g. from an edition workbook; all or nothing.
     *
     * @throws ApiException 400 listing every problem, fields of indicator {@code i} prefixed {@code
     *     indicators[i].}; 409 when the code is taken
     */
    @Transactional
    public EditionView createWith(EditionHeader header, List<IndicatorInput> indicators, Actor actor) {
        requireEditor(actor);
        List<FieldError> errors = check(header, indicators, actor);
        if (!errors.isEmpty()) {
            throw EditionChecks.invalid(errors);
        }
        if (editions.existsById(header.code())) {
            throw ApiException.conflict("error.indicator.edition.code-taken", header.code());
        }
        EditionEntity edition = editions.saveAndFlush(EditionEntity.draft(header, actor.regionCode(), clock.instant()));
        for (int i = 0; i < indicators.size(); i++) {
            rows.save(mapper.row(edition.code(), i + 1, indicators.get(i)));
        }
        rows.flush();
        return detail(edition.code(), actor);
    }

    /** Replaces the header of a draft. @throws ApiException 400 with every problem, 409 when stale or published */
    @Transactional
    public EditionView revise(String code, EditionHeader header, long version, Actor actor) {
        EditionEntity e = editable(code, version, actor);
        EditionHeader kept = withCode(header, code);
        List<FieldError> errors = new ArrayList<>(EditionChecks.header(kept));
        EditionInputChecks.ownProvince(kept, actor, errors);
        if (!errors.isEmpty()) {
            throw EditionChecks.invalid(errors);
        }
        e.revise(kept, clock.instant());
        editions.saveAndFlush(e);
        return detail(code, actor);
    }

    /** Adds an indicator to a draft or replaces the one with the same code. */
    @Transactional
    public EditionView putIndicator(String code, IndicatorInput in, long version, Actor actor) {
        EditionEntity e = editable(code, version, actor);
        EditionHeader h = mapper.header(e);
        List<FieldError> errors = inputs.indicator(in, h, "");
        if (!errors.isEmpty()) {
            throw EditionChecks.invalid(errors);
        }
        List<IndicatorEntity> held = rows.findByEditionCodeOrderByPosition(code);
        IndicatorEntity row = held.stream()
                .filter(r -> r.code().equals(in.code()))
                .findFirst()
                .orElse(null);
        if (row == null) {
            int last = held.stream().mapToInt(IndicatorEntity::position).max().orElse(0);
            rows.save(mapper.row(code, last + 1, in));
        } else {
            mapper.redefine(row, in);
        }
        e.touch(clock.instant());
        editions.saveAndFlush(e);
        return detail(code, actor);
    }

    /** Removes an indicator from a draft. @throws ApiException 404 for an unknown indicator */
    @Transactional
    public EditionView removeIndicator(String code, String indicator, long version, Actor actor) {
        EditionEntity e = editable(code, version, actor);
        IndicatorEntity row = rows.findByEditionCodeOrderByPosition(code).stream()
                .filter(r -> r.code().equals(indicator))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("error.indicator.not-found", indicator));
        rows.delete(row);
        e.touch(clock.instant());
        editions.saveAndFlush(e);
        return detail(code, actor);
    }

    /** Deletes a draft with its indicators. */
    @Transactional
    public void delete(String code, long version, Actor actor) {
        EditionEntity e = editable(code, version, actor);
        rows.deleteAll(rows.findByEditionCodeOrderByPosition(code));
        rows.flush();
        editions.delete(e);
        editions.flush();
    }

    /**
     * Publishes a draft after checking it again as a whole (at least one indicator, every indicator
     * sound under the current header), which freezes it.
     */
    @Transactional
    public EditionView publish(String code, long version, Actor actor) {
        EditionEntity e = editable(code, version, actor);
        EditionHeader h = mapper.header(e);
        List<IndicatorEntity> held = rows.findByEditionCodeOrderByPosition(code);
        if (held.isEmpty()) {
            throw ApiException.unprocessable("empty", null, "error.indicator.edition.empty");
        }
        List<FieldError> errors = new ArrayList<>(EditionChecks.header(h));
        for (IndicatorEntity r : held) {
            errors.addAll(EditionChecks.indicator(
                    mapper.input(r), h.levels(), h.scoreMethod(), "indicators[" + r.code() + "]."));
        }
        if (!errors.isEmpty()) {
            throw EditionChecks.invalid(errors);
        }
        e.publish(actor.username(), clock.instant());
        editions.saveAndFlush(e);
        events.publishEvent(new EditionPublished(code, e.editionVersion(), e.ownerRegionCode(), held.size()));
        return detail(code, actor);
    }

    /**
     * Every problem of a header and its indicators (fields of indicator {@code i} prefixed {@code
     * indicators[i].}), including duplicate indicator codes; empty when all is sound.
     */
    public List<FieldError> check(EditionHeader header, List<IndicatorInput> indicators) {
        return inputs.check(header, indicators);
    }

    /**
     * As {@link #check(EditionHeader, List)}, plus the province the actor may restrict an edition to
     * (its own, or none for a national edition): every check of a new draft of the actor's.
     */
    public List<FieldError> check(EditionHeader header, List<IndicatorInput> indicators, Actor actor) {
        List<FieldError> errors = new ArrayList<>(check(header, indicators));
        EditionInputChecks.ownProvince(header, actor, errors);
        return errors;
    }

    private EditionView view(EditionEntity e, List<IndicatorEntity> indicators, Actor actor) {
        return new EditionView(
                mapper.header(e),
                e.status(),
                e.version(),
                e.shipped(),
                e.ownerRegionCode(),
                e.createdAt(),
                e.updatedAt(),
                e.publishedAt(),
                e.publishedBy(),
                e.isDraft() && owns(e, actor),
                indicators.stream().map(mapper::input).toList());
    }

    private EditionEntity readable(String code, Actor actor) {
        return editions.findById(code)
                .filter(e -> !e.isDraft() || owns(e, actor))
                .orElseThrow(() -> ApiException.notFound("error.indicator.edition.not-found", code));
    }

    private EditionEntity editable(String code, long version, Actor actor) {
        requireEditor(actor);
        EditionEntity e = readable(code, actor);
        e.requireDraft();
        if (e.version() != version) {
            throw ApiException.conflict("error.conflict.stale");
        }
        return e;
    }

    private static boolean owns(EditionEntity e, Actor actor) {
        return actor.role() == Role.PROVINCE_STAFF && actor.regionCode().equals(e.ownerRegionCode());
    }

    private static void requireEditor(Actor actor) {
        if (actor.role() != Role.PROVINCE_STAFF) {
            throw ApiException.forbidden("error.indicator.edition.not-editor");
        }
    }

    private static EditionHeader withCode(EditionHeader h, String code) {
        return new EditionHeader(
                code,
                h.version(),
                h.titleZh(),
                h.titleEn(),
                h.issuerZh(),
                h.documentZh(),
                h.issued(),
                h.issuedUncertain(),
                h.source(),
                h.complete(),
                h.levels(),
                h.province(),
                h.firstYear(),
                h.lastYear(),
                h.scoreMethod(),
                h.scoreNoteZh(),
                h.scoreNoteEn());
    }
}
