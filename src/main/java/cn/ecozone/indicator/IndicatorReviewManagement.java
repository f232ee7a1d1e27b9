package cn.ecozone.indicator;

import cn.ecozone.indicator.IndicatorConfirmationManagement.Transition;
import cn.ecozone.indicator.IndicatorReview.Decision;
import cn.ecozone.indicator.IndicatorReview.IndicatorComment;
import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.ReviewEntity;
import cn.ecozone.indicator.internal.Reviews;
import cn.ecozone.indicator.internal.SubmissionEntity;
import cn.ecozone.indicator.internal.Submissions;
import cn.ecozone.indicator.internal.ValueOwner;
import cn.ecozone.indicator.internal.ValueOwners;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.DomainFact;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review side of a year's confirmation (issue 14 §2): a return that names indicators, each with its
 * comment, a confirmation with an optional opinion, both kept as the year's review history, and the
 * confirmation of several counties at once, each in its own transaction. The moves themselves are
 * {@link IndicatorConfirmationManagement#transition}'s, with its checks (scope 404, role 403, state 409).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorReviewManagement {

    /** The longest opinion, reason or comment. */
    public static final int MAX_COMMENT = 500;

    public static final int MAX_BATCH = 100;

    private final IndicatorConfirmationManagement confirmations;
    private final EditionCatalog catalog;
    private final ValueOwners owners;
    private final Submissions submissions;
    private final Reviews reviews;
    private final Clock clock;
    private final MessageSource messages;
    private final TransactionTemplate eachOwn;

    IndicatorReviewManagement(
            IndicatorConfirmationManagement confirmations,
            EditionCatalog catalog,
            ValueOwners owners,
            Submissions submissions,
            Reviews reviews,
            Clock clock,
            MessageSource messages,
            PlatformTransactionManager transactions) {
        this.confirmations = confirmations;
        this.catalog = catalog;
        this.owners = owners;
        this.submissions = submissions;
        this.reviews = reviews;
        this.clock = clock;
        this.messages = messages;
        this.eachOwn = new TransactionTemplate(transactions);
        this.eachOwn.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Takes {@code move} on the year as {@link IndicatorConfirmationManagement#transition} does and, for a
     * confirmation or a return, records the decision: the confirmation's optional {@code opinion}, the
     * return's {@code reason} and {@code comments} on indicators of the edition (each once, non-blank, at
     * most {@value #MAX_COMMENT} characters). An opinion with another move than a confirmation, or comments
     * with another than a return, are refused (400 naming the field) before anything changes. A
     * submission's {@code missingReasons} go to the confirmation as they are (each applicable
     * indicator without a value needs one).
     */
    @Transactional
    public IndicatorYear decide(
            String edition,
            String regionCode,
            Long unit,
            int year,
            Transition move,
            String reason,
            String opinion,
            List<IndicatorComment> comments,
            List<IndicatorYear.MissingReason> missingReasons,
            Actor actor) {
        EditionModel model = catalog.require(edition);
        List<ReviewEntity.Comment> checked = check(model, move, opinion, comments);
        IndicatorYear result =
                confirmations.transition(edition, regionCode, unit, year, move, reason, missingReasons, actor);
        if (move == Transition.CONFIRM || move == Transition.RETURN) {
            SubmissionEntity s = submissions
                    .find(edition, regionCode, unit == null ? ValueOwner.REGION_ITSELF : unit, year)
                    .orElseThrow();
            reviews.save(
                    move == Transition.CONFIRM
                            ? ReviewEntity.confirmed(s.id(), blankToNull(opinion), actor, clock.instant())
                            : ReviewEntity.returned(s.id(), blankToNull(reason), checked, actor, clock.instant()));
        }
        return result;
    }

    /** The year's decisions, oldest first, and the latest; scope as for the year's values (404 outside). */
    public IndicatorReview review(String edition, String regionCode, Long unit, int year, Actor actor) {
        catalog.require(edition);
        ValueOwner owner = owners.visible(regionCode, unit, actor);
        return submissions
                .find(edition, owner.region().code(), owner.unitId(), year)
                .map(s -> {
                    List<Decision> history = reviews.ofSubmission(s.id()).stream()
                            .map(IndicatorReviewManagement::decision)
                            .toList();
                    return new IndicatorReview(
                            edition,
                            s.regionCode(),
                            s.unitOrNull(),
                            year,
                            s.state(),
                            s.version(),
                            history.isEmpty() ? null : history.getLast(),
                            history);
                })
                .orElseGet(() -> new IndicatorReview(
                        edition, owner.region().code(), unit, year, SubmissionState.OPEN, 0, null, List.of()));
    }

    /** One county of a batch: the region and the version of its year the reviewer read (null: any). */
    public record BatchItem(String regionCode, Long version) {}

    /**
     * Confirms the regions' own years one by one, each in its own transaction, with the same optional
     * opinion: one refused (out of scope, not the confirmer, not submitted, or changed since {@code
     * version} was read: 409) does not undo the others. Precondition: at most {@value #MAX_BATCH} items
     * (else 400 {@code items}).
     *
     * @param locale the language of the refusals' messages
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<ReviewOutcome> confirmAll(
            String edition, int year, List<BatchItem> items, String opinion, Actor actor, Locale locale) {
        if (items == null || items.isEmpty() || items.size() > MAX_BATCH) {
            throw ApiException.invalid("items", "error.indicator.review.batch-size", MAX_BATCH);
        }
        List<ReviewOutcome> out = new ArrayList<>();
        for (BatchItem item : items) {
            out.add(confirmOne(edition, year, item, opinion, actor, locale));
        }
        return out;
    }

    private ReviewOutcome confirmOne(
            String edition, int year, BatchItem item, String opinion, Actor actor, Locale locale) {
        try {
            eachOwn.executeWithoutResult(tx -> {
                if (item.version() != null) {
                    owners.visible(item.regionCode(), null, actor);
                    SubmissionEntity s = submissions
                            .lock(edition, item.regionCode(), ValueOwner.REGION_ITSELF, year)
                            .orElseThrow(() -> ApiException.conflict("error.indicator.review.changed"));
                    if (s.version() != item.version()) {
                        throw ApiException.conflict("error.indicator.review.changed");
                    }
                }
                decide(
                        edition,
                        item.regionCode(),
                        null,
                        year,
                        Transition.CONFIRM,
                        null,
                        opinion,
                        List.of(),
                        List.of(),
                        actor);
            });
            return new ReviewOutcome(item.regionCode(), true, 200, null, null);
        } catch (ApiException e) {
            return new ReviewOutcome(
                    item.regionCode(), false, e.status().value(), e.code(), text(e.messageKey(), e.args(), locale));
        } catch (DomainFact f) {
            int status = DomainFact.status(f.category()).value();
            return new ReviewOutcome(
                    item.regionCode(), false, status, f.code(), text(f.messageKey(), f.args(), locale));
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
            return new ReviewOutcome(
                    item.regionCode(),
                    false,
                    409,
                    "conflict",
                    text("error.indicator.review.changed", new Object[0], locale));
        }
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

    private static List<ReviewEntity.Comment> check(
            EditionModel model, Transition move, String opinion, List<IndicatorComment> comments) {
        if (opinion != null && !opinion.isBlank() && move != Transition.CONFIRM) {
            throw ApiException.invalid("opinion", "error.indicator.review.opinion-only-confirm");
        }
        if (opinion != null && opinion.strip().length() > MAX_COMMENT) {
            throw ApiException.invalid("opinion", "error.indicator.review.too-long", MAX_COMMENT);
        }
        List<IndicatorComment> given = comments == null ? List.of() : comments;
        if (!given.isEmpty() && move != Transition.RETURN) {
            throw ApiException.invalid("comments", "error.indicator.review.comments-only-return");
        }
        Set<String> seen = new HashSet<>();
        List<ReviewEntity.Comment> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            IndicatorComment c = given.get(i);
            String field = "comments[" + i + "]";
            if (c == null || c.indicator() == null || !model.byCode().containsKey(c.indicator())) {
                throw ApiException.invalid(
                        field + ".indicator",
                        "error.indicator.review.unknown-indicator",
                        c == null ? null : c.indicator());
            }
            if (!seen.add(c.indicator())) {
                throw ApiException.invalid(field + ".indicator", "error.indicator.review.duplicate", c.indicator());
            }
            if (c.comment() == null || c.comment().isBlank()) {
                throw ApiException.invalid(field + ".comment", "validation.required");
            }
            if (c.comment().strip().length() > MAX_COMMENT) {
                throw ApiException.invalid(field + ".comment", "error.indicator.review.too-long", MAX_COMMENT);
            }
            out.add(new ReviewEntity.Comment(c.indicator(), c.comment().strip()));
        }
        return out;
    }

    private static Decision decision(ReviewEntity r) {
        return new Decision(
                r.action().name(),
                r.opinion(),
                r.comments().stream()
                        .map(c -> new IndicatorComment(c.indicator(), c.text()))
                        .toList(),
                r.decidedByName(),
                r.decidedAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
