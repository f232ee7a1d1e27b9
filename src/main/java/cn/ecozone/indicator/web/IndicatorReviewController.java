package cn.ecozone.indicator.web;

import cn.ecozone.indicator.IndicatorConfirmationManagement.Transition;
import cn.ecozone.indicator.IndicatorOverview;
import cn.ecozone.indicator.IndicatorOverviewManagement;
import cn.ecozone.indicator.IndicatorReview;
import cn.ecozone.indicator.IndicatorReview.IndicatorComment;
import cn.ecozone.indicator.IndicatorReviewManagement;
import cn.ecozone.indicator.IndicatorYear;
import cn.ecozone.indicator.IndicatorYear.MissingReason;
import cn.ecozone.indicator.OverviewRow.OverviewState;
import cn.ecozone.indicator.ReminderOutcome;
import cn.ecozone.indicator.ReviewOutcome;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review side of indicator years (issue 14 §2): a year's moves (submit, confirm, return, reopen) with
 * their reasons, opinion and indicator comments, its review history, the league's overview with its 催报
 * reminder, and the confirmation of several counties at once. Scope applies (404 outside).
 */
@RestController
class IndicatorReviewController {

    private final IndicatorReviewManagement reviews;
    private final IndicatorOverviewManagement overviews;

    IndicatorReviewController(IndicatorReviewManagement reviews, IndicatorOverviewManagement overviews) {
        this.reviews = reviews;
        this.overviews = overviews;
    }

    /**
     * A move on a year's confirmation. A submission carries a reason per applicable indicator left without a
     * value, a confirmation an optional opinion, a return its reason and the indicators it names, each with a
     * comment (IndicatorConfirmationManagement, IndicatorReviewManagement). Optional {@code unit}: a
     * construction unit of the region.
     */
    @Access.BusinessStaff
    @PostMapping("/api/indicator-submissions/{edition}/{region}/{year}/{transition}")
    IndicatorYear transition(
            @PathVariable String edition,
            @PathVariable String region,
            @PathVariable int year,
            @PathVariable Transition transition,
            @RequestParam(required = false) Long unit,
            @Valid @RequestBody(required = false) ReasonRequest body) {
        ReasonRequest request = body == null ? ReasonRequest.EMPTY : body;
        return reviews.decide(
                edition,
                region,
                unit,
                year,
                transition,
                request.reason(),
                request.opinion(),
                request.comments() == null
                        ? List.of()
                        : request.comments().stream()
                                .map(c -> new IndicatorComment(c.indicator(), c.comment()))
                                .toList(),
                request.missingReasons() == null
                        ? List.of()
                        : request.missingReasons().stream()
                                .map(m -> new MissingReason(m.indicator(), m.reason()))
                                .toList(),
                CurrentActor.require());
    }

    /** The confirmers' decisions on a year: the latest (its indicator comments) and the history. */
    @Access.BusinessStaff
    @GetMapping("/api/indicator-reviews")
    IndicatorReview review(
            @RequestParam String edition,
            @RequestParam String region,
            @RequestParam int year,
            @RequestParam(required = false) Long unit) {
        return reviews.review(edition, region, unit, year, CurrentActor.require());
    }

    /** Each region below the user's region (or {@code parent}) at the edition's levels, with its year's state. */
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT')")
    @GetMapping("/api/indicator-overview")
    IndicatorOverview overview(
            @RequestParam String edition,
            @RequestParam int year,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) OverviewState state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return overviews.overview(edition, year, parent, state, page, size, CurrentActor.require());
    }

    /** 催报: notifies the regions that have not submitted, at most once a day each. */
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT')")
    @PostMapping("/api/indicator-overview/remind")
    List<ReminderOutcome> remind(@Valid @RequestBody RemindRequest body) {
        return overviews.remind(
                body.edition(), body.year(), body.regions(), CurrentActor.require(), LocaleContextHolder.getLocale());
    }

    /** Confirms several submitted years, each on its own: the outcome per region. */
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF')")
    @PostMapping("/api/indicator-overview/confirm")
    List<ReviewOutcome> confirm(@Valid @RequestBody ConfirmRequest body) {
        return reviews.confirmAll(
                body.edition(),
                body.year(),
                body.items().stream()
                        .map(i -> new IndicatorReviewManagement.BatchItem(i.region(), i.version()))
                        .toList(),
                body.opinion(),
                CurrentActor.require(),
                LocaleContextHolder.getLocale());
    }

    record RemindRequest(
            @NotBlank(message = "{validation.required}") String edition,
            @NotNull(message = "{validation.required}") Integer year,

            @NotEmpty(message = "{validation.required}")
            @Size(max = IndicatorOverviewManagement.MAX_REMIND, message = "{validation.size.max}")
            List<@NotBlank(message = "{validation.required}") String> regions) {}

    record ConfirmRequest(
            @NotBlank(message = "{validation.required}") String edition,
            @NotNull(message = "{validation.required}") Integer year,

            @Size(max = 500, message = "{validation.size.max}")
            String opinion,

            @NotEmpty(message = "{validation.required}")
            @Size(max = IndicatorReviewManagement.MAX_BATCH, message = "{validation.size.max}")
            List<@Valid @NotNull(message = "{validation.required}") ConfirmItem> items) {}

    /** A county's year to confirm, at the version the reviewer read (required: "confirm what you read"). */
    record ConfirmItem(
            @NotBlank(message = "{validation.required}") String region,
            @NotNull(message = "{validation.required}") Long version) {}

    /**
     * A move's reason (return, reopen), a submission's reason per applicable indicator left without a value,
     * a confirmation's opinion and a return's indicator comments (issue 14 §2).
     */
    record ReasonRequest(
            @Size(max = 1000, message = "{validation.size.max}")
            String reason,

            @Size(max = 500, message = "{validation.size.max}")
            List<@Valid MissingReasonRequest> missingReasons,

            @Size(max = 500, message = "{validation.size.max}")
            String opinion,

            @Size(max = 200, message = "{validation.size.max}")
            List<@Valid CommentRequest> comments) {

        static final ReasonRequest EMPTY = new ReasonRequest(null, null, null, null);
    }

    /** Why one indicator has no value: required, at most 500 characters. */
    record MissingReasonRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
            String indicator,

            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}")
            String reason) {}

    /** An indicator a return names (a code, at most 40 characters as any indicator's), with its comment. */
    record CommentRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
            String indicator,

            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}")
            String comment) {}
}
