package cn.ecozone.dossier;

import cn.ecozone.dossier.internal.RoundEntity;
import cn.ecozone.dossier.internal.Rounds;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.ApplicationRules.WindowKind;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Application rounds (申报批次) and their windows, by the regulation's {@code application.window}: where
 * the Ministry calls ({@code PER_MINISTRY_CALL}, IM eco-civ art. 9, IM Two Mountains art. 8) the
 * province's staff open a round with its dates and the call; where the window recurs each year
 * ({@code yearly}, Guizhou art. 11: 1 January – 30 June, Asia/Shanghai) the platform makes the round of
 * the year when the first dossier of it is created. Outside every window a dossier is refused with the
 * window and its article named.
 */
@Service
@Transactional(readOnly = true)
public class RoundManagement {

    /** Where the open flag of a round is judged (the rounds' dates are Beijing days). */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Rounds rounds;
    private final RegulationManagement regulations;
    /** The first national round was named in 2017 (procedures.md §5.1); no call predates 2016. */
    private static final LocalDate EARLIEST_CALL = LocalDate.of(2016, 1, 1);

    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    RoundManagement(
            Rounds rounds, RegulationManagement regulations, Clock clock, PlatformTransactionManager transactions) {
        this.rounds = rounds;
        this.regulations = regulations;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a province's staff gives to open a round. */
    public record RoundInput(
            Programme programme, String title, LocalDate opensOn, LocalDate closesOn, String callDocument) {}

    /**
     * Opens a round. Preconditions: the actor is province staff; the programme's regulation in force in
     * the actor's province opens rounds per the Ministry's call.
     */
    @Transactional
    public RoundView create(RoundInput in, Actor actor) {
        if (actor.role() != Role.PROVINCE_STAFF) {
            throw ApiException.forbidden("error.round.province-only");
        }
        if (in.programme() == null) {
            throw ApiException.invalid("programme", "validation.required");
        }
        String title = required("title", in.title(), 200);
        String call = required("callDocument", in.callDocument(), 300);
        if (in.opensOn() == null) {
            throw ApiException.invalid("opensOn", "validation.required");
        }
        if (in.closesOn() == null) {
            throw ApiException.invalid("closesOn", "validation.required");
        }
        if (in.closesOn().isBefore(in.opensOn())) {
            throw ApiException.invalid("closesOn", "error.round.closes-before-opens");
        }
        // a call of the Ministry lies between the first rounds (2017) and a few years ahead: a date outside
        // is a typing error, and a year the database cannot hold must be a 400, not an integrity failure
        LocalDate latest =
                LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).plusYears(5);
        if (in.opensOn().isBefore(EARLIEST_CALL) || in.opensOn().isAfter(latest)) {
            throw ApiException.invalid("opensOn", "error.round.date-range", EARLIEST_CALL, latest);
        }
        if (in.closesOn().isAfter(latest)) {
            throw ApiException.invalid("closesOn", "error.round.date-range", EARLIEST_CALL, latest);
        }
        Regulation r = regulations
                .inForce(in.programme(), actor.regionCode())
                .orElseThrow(() -> ApiException.invalid("programme", "error.round.no-regulation"));
        ApplicationRules.Window w = r.application().window();
        if (w.kind() != WindowKind.PER_MINISTRY_CALL) {
            throw ApiException.unprocessable(
                    "platform-round",
                    "programme",
                    "error.round.platform-made",
                    w.textZh(),
                    w.citation().article());
        }
        try {
            return view(rounds.saveAndFlush(new RoundEntity(
                    in.programme(),
                    r.code(),
                    r.version(),
                    r.jurisdiction(),
                    title,
                    in.opensOn(),
                    in.closesOn(),
                    call,
                    w.kind(),
                    actor.username(),
                    clock.instant())));
        } catch (DataIntegrityViolationException e) {
            throw ApiException.conflict("error.round.duplicate", title);
        }
    }

    /**
     * The round a new dossier of {@code regulation} goes into today: the given one, which must be open
     * and of the regulation, or (none given) the round open today, made by the platform for a yearly
     * window.
     *
     * @throws ApiException 422 {@code outside-window} naming the window and its article; 404 for an
     *     unknown round
     */
    public RoundEntity roundFor(Regulation regulation, Long roundId) {
        ApplicationRules.Window w = regulation.application().window();
        if (roundId != null) {
            RoundEntity round = rounds.findById(roundId)
                    .filter(r -> r.regulationCode().equals(regulation.code())
                            && r.jurisdictionCode().equals(regulation.jurisdiction()))
                    .orElseThrow(() -> ApiException.notFound("error.round.not-found", roundId));
            if (!round.includes(today(ZONE))) {
                throw outside(w, round.title() + "（" + round.opensOn() + "至" + round.closesOn() + "）");
            }
            return round;
        }
        if (w.yearly() != null) {
            LocalDate day = today(w.yearly().zone());
            LocalDate opens = w.yearly().opens().atYear(day.getYear());
            LocalDate closes = w.yearly().closes().atYear(day.getYear());
            if (day.isBefore(opens) || day.isAfter(closes)) {
                throw outside(w, opens + "至" + closes);
            }
            return yearly(regulation, opens, closes);
        }
        return rounds.openOn(regulation.code(), regulation.jurisdiction(), today(ZONE)).stream()
                .findFirst()
                .orElseThrow(() -> outside(w, "当前没有开放的申报批次"));
    }

    /**
     * The round the platform made for a yearly window in {@code year} (e.g. Xilingol's annual
     * evaluation, art. 9), if any dossier made it; empty for a regulation without a yearly window.
     */
    public Optional<RoundView> yearlyRound(Regulation regulation, int year) {
        ApplicationRules.Window w = regulation.application().window();
        if (w.yearly() == null) {
            return Optional.empty();
        }
        LocalDate opens = w.yearly().opens().atYear(year);
        return rounds.findByRegulationCodeAndJurisdictionCodeAndOpensOnAndTitle(
                        regulation.code(), regulation.jurisdiction(), opens, opens.getYear() + "年度申报")
                .map(this::view);
    }

    /** The round as the API shows it. */
    public RoundView view(RoundEntity r) {
        var window = regulations
                .find(r.regulationCode(), r.regulationVersion())
                .map(x -> x.application().window())
                .orElse(null);
        return new RoundView(
                r.id(),
                r.programme(),
                r.regulationCode(),
                r.regulationVersion(),
                r.jurisdictionCode(),
                r.title(),
                r.opensOn(),
                r.closesOn(),
                r.callDocument(),
                r.windowKind(),
                window == null ? null : window.textZh(),
                window == null ? null : window.citation().article(),
                r.includes(today(ZONE)),
                r.version());
    }

    /** The titles of these rounds by id, in one statement (a list naming the round of each row); unknown ids left out. */
    public Map<Long, String> titles(Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return Map.of();
        }
        return rounds.findAllById(Set.copyOf(roundIds)).stream()
                .collect(Collectors.toMap(RoundEntity::id, RoundEntity::title));
    }

    /** The round of a dossier. */
    public RoundView view(long roundId) {
        return view(rounds.findById(roundId).orElseThrow());
    }

    private RoundEntity yearly(Regulation regulation, LocalDate opens, LocalDate closes) {
        String title = opens.getYear() + "年度申报";
        var existing = rounds.findByRegulationCodeAndJurisdictionCodeAndOpensOnAndTitle(
                regulation.code(), regulation.jurisdiction(), opens, title);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            // its own transaction, so that a racing request's insert fails alone and the winner's row is read
            Long id = ownTransaction.execute(s -> rounds.saveAndFlush(new RoundEntity(
                            regulation.programme(),
                            regulation.code(),
                            regulation.version(),
                            regulation.jurisdiction(),
                            title,
                            opens,
                            closes,
                            null,
                            regulation.application().window().kind(),
                            "system",
                            clock.instant()))
                    .id());
            return rounds.findById(id).orElseThrow();
        } catch (DataIntegrityViolationException e) {
            return rounds.findByRegulationCodeAndJurisdictionCodeAndOpensOnAndTitle(
                            regulation.code(), regulation.jurisdiction(), opens, title)
                    .orElseThrow(() -> e);
        }
    }

    private static ApiException outside(ApplicationRules.Window w, String when) {
        return ApiException.unprocessable(
                "outside-window",
                "roundId",
                "error.dossier.outside-window",
                w.textZh(),
                w.citation().article(),
                when);
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "validation.required");
        }
        if (value.strip().length() > max) {
            throw ApiException.invalid(field, "error.dossier.too-long", max);
        }
        return value.strip();
    }
}
