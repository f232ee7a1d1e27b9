package cn.ecozone.publicity;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.Upload;
import cn.ecozone.publicity.internal.ComplaintEntity;
import cn.ecozone.publicity.internal.ComplaintRows;
import cn.ecozone.publicity.internal.ComplaintTasks;
import cn.ecozone.publicity.internal.ComplaintThrottle;
import cn.ecozone.publicity.internal.Complaints;
import cn.ecozone.publicity.internal.Investigators;
import cn.ecozone.publicity.internal.NoticeEntity;
import cn.ecozone.publicity.internal.NoticeEntry;
import cn.ecozone.publicity.internal.PublicityNotices;
import cn.ecozone.publicity.internal.SettingRules;
import cn.ecozone.publicity.internal.StepRules;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public complaint desk (issue 12 §3). Anyone may complain about a listed candidacy while the
 * notice's period runs (Beijing days, publication day to last day), anonymously or by name; each
 * complaint gets an unguessable tracking number and becomes a task with a deadline for the body the
 * regulation names. The tracking number shows the complaint's state and nothing else.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintDeskManagement {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int TRACKING_LENGTH = 16;

    /** At most this many files a complainant attaches. */
    public static final int MAX_ATTACHMENTS = 5;

    /** Images and the official text formats (PDF, OFD, DOCX, DOC, WPS), checked by content. */
    private static final Set<DocumentType> TYPES = EnumSet.of(
            DocumentType.PDF,
            DocumentType.OFD,
            DocumentType.DOCX,
            DocumentType.DOC,
            DocumentType.WPS,
            DocumentType.PNG,
            DocumentType.JPEG);

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
    private final StepRules rules;
    private final SettingRules settings;
    private final Investigators investigators;
    private final ComplaintThrottle throttle;
    private final ComplaintTasks tasks;
    private final DocumentManagement documents;
    private final Clock clock;

    ComplaintDeskManagement(
            PublicityNotices notices,
            Complaints complaints,
            ComplaintRows rows,
            StepRules rules,
            SettingRules settings,
            Investigators investigators,
            ComplaintThrottle throttle,
            ComplaintTasks tasks,
            DocumentManagement documents,
            Clock clock) {
        this.notices = notices;
        this.complaints = complaints;
        this.rows = rows;
        this.rules = rules;
        this.settings = settings;
        this.investigators = investigators;
        this.throttle = throttle;
        this.tasks = tasks;
        this.documents = documents;
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
        SettingView deadline = settings.of(notice.provinceCode(), p);
        ComplaintTasks.Due due = tasks.due(today, deadline.complaintWorkingDays());
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
                due.day(),
                deadline.complaintWorkingDays(),
                deadline.uncertain() || !due.counted()));
        tasks.assign(c, today, due, entry.subjectName(), notice.title(), "publicity.complaint.task-title");
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

    private String trackingNumber() {
        StringBuilder b = new StringBuilder(TRACKING_LENGTH);
        for (int i = 0; i < TRACKING_LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NoticeManagement.ZONE));
    }

    /** A required text of at most {@code max} characters, stripped. @throws ApiException 400 naming the field */
    static String required(String value, String field, int max) {
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
