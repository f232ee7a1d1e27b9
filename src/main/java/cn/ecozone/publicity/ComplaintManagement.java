package cn.ecozone.publicity;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.calendar.Counting;
import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.deadline.DeadlineRequest;
import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.Upload;
import cn.ecozone.identity.UserManagement;
import cn.ecozone.notification.NotificationManagement;
import cn.ecozone.publicity.internal.ComplaintEntity;
import cn.ecozone.publicity.internal.ComplaintRows;
import cn.ecozone.publicity.internal.ComplaintThrottle;
import cn.ecozone.publicity.internal.Complaints;
import cn.ecozone.publicity.internal.Investigators;
import cn.ecozone.publicity.internal.NoticeEntity;
import cn.ecozone.publicity.internal.NoticeEntry;
import cn.ecozone.publicity.internal.PublicityNotices;
import cn.ecozone.publicity.internal.SettingEntity;
import cn.ecozone.publicity.internal.Settings;
import cn.ecozone.publicity.internal.StepRules;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.shared.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public complaint desk and the investigation (issue 12 §3). Anyone may complain about a listed
 * candidacy while the notice's period runs (Beijing days, publication day to last day), anonymously or
 * by name; each complaint gets an unguessable tracking number, becomes a task with a deadline for the
 * body the regulation names (notified, and registered with the deadline module), and is closed by one
 * finding. An open complaint or one found true blocks the dossier (Guizhou art. 16).
 */
@Service
@Transactional(readOnly = true)
public class ComplaintManagement {

    /** The deadline module's subject type and kind for an investigation. */
    public static final String SUBJECT_TYPE = "PUBLICITY_COMPLAINT";

    public static final String DEADLINE_KIND = "COMPLAINT_INVESTIGATION";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int TRACKING_LENGTH = 16;

    /** At most this many files a complainant attaches. */
    public static final int MAX_ATTACHMENTS = 5;

    private static final java.util.Set<DocumentType> TYPES =
            java.util.EnumSet.of(DocumentType.PDF, DocumentType.PNG, DocumentType.JPEG, DocumentType.DOCX);

    /**
     * Who uploads a complainant's attachment: the public. The document store records only the uploader's
     * name ({@code public-complaint}); the role is never consulted there.
     */
    private static final Actor PUBLIC =
            new Actor(0, "public-complaint", "public", Role.CONSTRUCTION_SUBJECT, 0, "", "", "/#/", false);

    private final SecureRandom random = new SecureRandom();
    private final PublicityNotices notices;
    private final Complaints complaints;
    private final ComplaintRows rows;
    private final Settings settings;
    private final StepRules rules;
    private final Investigators investigators;
    private final ComplaintThrottle throttle;
    private final CalendarManagement calendar;
    private final DeadlineManagement deadlines;
    private final NotificationManagement notifications;
    private final UserManagement users;
    private final DocumentManagement documents;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;

    ComplaintManagement(
            PublicityNotices notices,
            Complaints complaints,
            ComplaintRows rows,
            Settings settings,
            StepRules rules,
            Investigators investigators,
            ComplaintThrottle throttle,
            CalendarManagement calendar,
            DeadlineManagement deadlines,
            NotificationManagement notifications,
            UserManagement users,
            DocumentManagement documents,
            org.springframework.context.MessageSource messages,
            Clock clock) {
        this.notices = notices;
        this.complaints = complaints;
        this.rows = rows;
        this.settings = settings;
        this.rules = rules;
        this.investigators = investigators;
        this.throttle = throttle;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.users = users;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Receives a complaint from the public.
     *
     * @param address the client's address, for the rate limit
     * @throws PublicityFacts.NoticeNotFound for a notice not published
     * @throws PublicityFacts.ComplaintsClosed outside the period, naming it
     * @throws ApiException 400 naming the field for bad input, 429 above the address's limit
     */
    @Transactional
    public ComplaintReceipt submit(long noticeId, ComplaintInput in, String address) {
        NoticeEntity notice = notices.findById(noticeId)
                .filter(n -> n.state() == NoticeState.PUBLISHED)
                .orElseThrow(PublicityFacts.NoticeNotFound::new);
        LocalDate today = today();
        if (!notice.open(today)) {
            throw new PublicityFacts.ComplaintsClosed(notice.publishedOn(), notice.endsOn());
        }
        NoticeEntry entry = notice.entry(in.dossierId()).orElseThrow(PublicityFacts.NotListed::new);
        String text = required(in.text(), "text", 5000);
        String name = optional(in.name(), "name", 100);
        String contact = optional(in.contact(), "contact", 200);
        throttle.count(address);
        ApplicationRules.Publicity p = rules.of(notice.regulationCode(), notice.regulationVersion(), notice.stepCode())
                .publicity();
        Investigators.Investigator who = investigators.of(p.complaintsInvestigatedBy(), entry.regionCode());
        SettingView deadline = setting(notice.provinceCode(), p);
        // a period reaching a year whose holiday notice is not held yet is counted Monday to Friday and
        // marked uncertain: the public's complaint is never refused for the calendar's sake
        LocalDate due = held(today, deadline.complaintWorkingDays());
        boolean counted = due != null;
        if (due == null) {
            due = weekdays(today, deadline.complaintWorkingDays());
        }
        ComplaintEntity c = complaints.saveAndFlush(new ComplaintEntity(
                trackingNumber(),
                notice.id(),
                entry.dossierId(),
                name,
                contact,
                text,
                clock.instant(),
                who.role(),
                who.regionCode(),
                who.regionPath(),
                due,
                deadline.complaintWorkingDays(),
                deadline.uncertain() || !counted));
        // the deadline's and the notification's title is in Chinese, the language of the record
        String title = messages.getMessage(
                "publicity.complaint.task-title",
                new Object[] {entry.subjectName(), String.valueOf(c.id())},
                Locale.SIMPLIFIED_CHINESE);
        if (counted) {
            deadlines.register(new DeadlineRequest(
                    SUBJECT_TYPE,
                    c.id(),
                    DEADLINE_KIND,
                    title,
                    who.regionCode(),
                    who.role(),
                    today,
                    deadline.complaintWorkingDays(),
                    Counting.NEXT_DAY,
                    "/publicity/complaints/" + c.id()));
        }
        notifications.notifyOnce(
                "publicity-complaint:" + c.id(),
                users.holders(who.role(), who.regionCode()),
                title,
                notice.title(),
                "/publicity/complaints/" + c.id());
        return new ComplaintReceipt(c.trackingNumber(), c.realName());
    }

    /** The state of a complaint by its number, to anyone. @throws PublicityFacts.ComplaintNotFound for an unknown one */
    public Tracking track(String trackingNumber) {
        if (trackingNumber == null || trackingNumber.length() > 32) {
            throw new PublicityFacts.ComplaintNotFound();
        }
        ComplaintEntity c = complaints
                .findByTrackingNumber(trackingNumber.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(PublicityFacts.ComplaintNotFound::new);
        return new Tracking(
                c.trackingNumber(),
                c.state(),
                c.finding(),
                c.receivedAt().atZone(NoticeManagement.ZONE).toLocalDate());
    }

    /**
     * The complaints investigated in the actor's scope, newest first, filtered and searchable. Only the
     * investigator and the province's staff read them in full; others see the complaint without the
     * complainant, the text or the tracking number, and their search finds nothing hidden.
     */
    public PageResult<ComplaintView> list(
            Long noticeId, ComplaintState state, String q, int page, int size, Actor actor) {
        var found = complaints.inScope(
                actor.scope().pathPattern(),
                noticeId,
                state,
                Like.containing(q),
                actor.role() == Role.PROVINCE_STAFF,
                actor.role(),
                actor.regionCode(),
                Paging.of(page, size, 100));
        return new PageResult<>(
                rows.views(found.getContent(), actor), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    /** A complaint read in full. @throws PublicityFacts.ComplaintNotFound unless the actor reads it in full */
    public ComplaintView view(long id, Actor actor) {
        ComplaintEntity c = scoped(id, actor);
        if (!c.readableInFull(actor)) {
            throw new PublicityFacts.ComplaintNotFound();
        }
        return rows.views(java.util.List.of(c), actor).getFirst();
    }

    /** The investigator takes the complaint up (调查核实中). */
    @Transactional
    public ComplaintView investigate(long id, long version, Actor actor) {
        ComplaintEntity c = lockedForInvestigator(id, version, actor);
        complaints.saveAndFlush(c.investigate());
        return view(id, actor);
    }

    /**
     * Records the finding, once; closes the investigation's deadline. Two investigators at once: one
     * wins, the other is refused (409) under the row's lock.
     */
    @Transactional
    public ComplaintView find(long id, FindingInput in, Actor actor) {
        if (in.finding() == null) {
            throw ApiException.invalid("finding", "publicity.complaint.finding-required");
        }
        String text = required(in.text(), "text", 5000);
        ComplaintEntity c = lockedForInvestigator(id, in.version(), actor);
        complaints.saveAndFlush(c.find(in.finding(), text, actor.username(), clock.instant()));
        deadlines.close(SUBJECT_TYPE, id, DEADLINE_KIND);
        return view(id, actor);
    }

    /**
     * Attaches a file to a complaint by its tracking number, while the notice's period runs and no
     * finding is recorded; checked like every upload (content detection, size limit), counted against
     * the address's limit, at most {@value #MAX_ATTACHMENTS} files.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Tracking attachment(String trackingNumber, Upload file, String address) {
        Tracking before = track(trackingNumber);
        documents.store(file, TYPES, PUBLIC, stored -> {
            ComplaintEntity c = complaints
                    .lockById(complaints
                            .findByTrackingNumber(before.trackingNumber())
                            .orElseThrow(PublicityFacts.ComplaintNotFound::new)
                            .id())
                    .orElseThrow(PublicityFacts.ComplaintNotFound::new);
            NoticeEntity notice = notices.findById(c.noticeId()).orElseThrow(PublicityFacts.NoticeNotFound::new);
            if (!notice.open(today())) {
                throw new PublicityFacts.ComplaintsClosed(notice.publishedOn(), notice.endsOn());
            }
            if (c.state() == ComplaintState.FOUND) {
                throw new PublicityFacts.FindingAlreadyRecorded();
            }
            if (rows.count(c.id(), "ATTACHMENT") >= MAX_ATTACHMENTS) {
                throw ApiException.invalid("file", "publicity.complaint.too-many-files", MAX_ATTACHMENTS);
            }
            throttle.count(address);
            rows.link(c.id(), stored.id(), "ATTACHMENT");
            return stored.id();
        });
        return track(trackingNumber);
    }

    /** Adds an evidence document to a complaint, by its investigator, before the finding. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ComplaintView evidence(long id, Upload file, Actor actor) {
        scoped(id, actor);
        documents.store(file, TYPES, actor, stored -> {
            ComplaintEntity c = lockedForInvestigator(id, null, actor);
            rows.link(c.id(), stored.id(), "EVIDENCE");
            return stored.id();
        });
        return view(id, actor);
    }

    /** The province's investigation deadline, or the regulation's suggestion while unset. */
    public SettingView setting(String provinceCode, Actor actor) {
        if (!actor.regionPath().startsWith("/" + provinceCode + "/")) {
            throw ApiException.notFound("publicity.setting.not-found", provinceCode);
        }
        return setting(provinceCode, suggested(provinceCode));
    }

    /** Sets the province's investigation deadline, 1 to 60 working days; by its province staff. */
    @Transactional
    public SettingView set(String provinceCode, int workingDays, Long version, Actor actor) {
        if (actor.role() != Role.PROVINCE_STAFF || !actor.regionCode().equals(provinceCode)) {
            throw ApiException.forbidden("error.forbidden");
        }
        if (workingDays < 1 || workingDays > 60) {
            throw ApiException.invalid("complaintWorkingDays", "publicity.setting.range", 1, 60);
        }
        SettingEntity s = settings.findById(provinceCode).orElse(null);
        if (s == null) {
            s = new SettingEntity(provinceCode);
        } else if (version == null || s.version() != version) {
            throw new PublicityFacts.Stale();
        }
        settings.saveAndFlush(s.set(workingDays, actor.username(), clock.instant()));
        return setting(provinceCode, actor);
    }

    private SettingView setting(String provinceCode, ApplicationRules.Publicity p) {
        int suggestedDays = p == null || p.complaintDeadline() == null
                ? 10
                : p.complaintDeadline().suggestedWorkingDays();
        String note = p == null
                        || p.complaintDeadline() == null
                        || p.complaintDeadline().citation() == null
                ? null
                : p.complaintDeadline().citation().noteZh();
        return settings.findById(provinceCode)
                .map(s -> new SettingView(
                        provinceCode, s.complaintWorkingDays(), false, suggestedDays, note, s.version()))
                .orElseGet(() -> new SettingView(provinceCode, suggestedDays, true, suggestedDays, note, 0));
    }

    /** The suggested deadline of the province's regulations (the first publicity entry that gives one). */
    private ApplicationRules.Publicity suggested(String provinceCode) {
        return rules.publicityOf(provinceCode).orElse(null);
    }

    private ComplaintEntity scoped(long id, Actor actor) {
        return complaints
                .findById(id)
                .filter(c ->
                        !actor.role().administrator() && c.investigatorPath().startsWith(actor.regionPath()))
                .orElseThrow(PublicityFacts.ComplaintNotFound::new);
    }

    private ComplaintEntity lockedForInvestigator(long id, Long version, Actor actor) {
        scoped(id, actor);
        ComplaintEntity c = complaints.lockById(id).orElseThrow(PublicityFacts.ComplaintNotFound::new);
        if (!c.investigatedBy(actor)) {
            throw new PublicityFacts.NotTheInvestigator();
        }
        if (c.state() == ComplaintState.FOUND) {
            throw new PublicityFacts.FindingAlreadyRecorded();
        }
        if (version != null && c.version() != version) {
            throw new PublicityFacts.Stale();
        }
        return c;
    }

    private String trackingNumber() {
        StringBuilder b = new StringBuilder(TRACKING_LENGTH);
        for (int i = 0; i < TRACKING_LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * The due date by the working-day calendar, or {@code null} when a year it may reach is not held (asked
     * first, so that no refusal crosses the complaint's transaction).
     */
    private LocalDate held(LocalDate from, int days) {
        java.util.Set<Integer> years = calendar.years().stream()
                .map(cn.ecozone.calendar.CalendarYear.Summary::year)
                .collect(java.util.stream.Collectors.toSet());
        // N working days never span more than 3N + 30 calendar days (the longest holiday is 8 days)
        for (int y = from.getYear(); y <= from.plusDays(3L * days + 30).getYear(); y++) {
            if (!years.contains(y)) {
                return null;
            }
        }
        return calendar.deadline(from, days, Counting.NEXT_DAY, Locale.SIMPLIFIED_CHINESE)
                .date();
    }

    private static LocalDate weekdays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return d;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NoticeManagement.ZONE));
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "publicity.field.required");
        }
        if (value.strip().length() > max) {
            throw ApiException.invalid(field, "publicity.field.too-long", max);
        }
        return value.strip();
    }

    private static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : required(value, field, max);
    }
}
