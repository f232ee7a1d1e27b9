package cn.ecozone.notification.internal;

import cn.ecozone.identity.Contact;
import cn.ecozone.identity.UserManagement;
import cn.ecozone.notification.NotificationManagement;
import cn.ecozone.procedure.ProcedureFinished;
import cn.ecozone.procedure.ProcedureNotices;
import cn.ecozone.procedure.ProcedureReturned;
import cn.ecozone.procedure.ProcedureTaskOpened;
import cn.ecozone.procedure.ProcedureWithdrawn;
import cn.ecozone.procedure.RunNotice;
import cn.ecozone.procedure.RunNotice.Opening;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells users about the procedure engine's events (issue 9 §1): an opened task its assignees, a
 * return whoever it returns to with the reason (and the other assignees of a parallel step, whose
 * tasks it closed), a withdrawal or cancellation the assignees who lost
 * their open task, a finished run its initiator. {@link ApplicationModuleListener}s like the deadline
 * notifications (ADR 0013): stored with the publishing transaction, run after it commits, resubmitted
 * when they fail. Each notification is keyed by the task or run it is about ({@code
 * procedure-task:{id}:…}), so a retried or repeated delivery notifies nobody twice. What the text
 * names (subject, step, reason) comes from one {@link ProcedureNotices} lookup per event; recipients
 * from one identity lookup per task.
 */
@Component
class ProcedureNotifications {

    private final ProcedureNotices notices;
    private final UserManagement users;
    private final NotificationManagement notifications;
    private final MessageSource messages;

    ProcedureNotifications(
            ProcedureNotices notices,
            UserManagement users,
            NotificationManagement notifications,
            MessageSource messages) {
        this.notices = notices;
        this.users = users;
        this.notifications = notifications;
        this.messages = messages;
    }

    /**
     * A task opened as the path advanced notifies its assignees, while it is still open. The first
     * step's task, opened by the initiator's own start, needs no word; nor does one the assignee
     * reopened by withdrawing its own act; one opened by a return is told by {@link
     * #on(ProcedureReturned)} with the reason.
     */
    @ApplicationModuleListener
    public void on(ProcedureTaskOpened event) {
        notices.notice(event.runId())
                .ifPresent(run -> run.task(event.taskId())
                        .filter(t -> t.opening() == Opening.ADVANCED && t.round() > 1 && "OPEN".equals(t.state()))
                        .ifPresent(t -> notifyAssignees(
                                run,
                                t,
                                "opened",
                                text("notification.procedure.opened.title", run.subjectTitle(), kind(run, t)),
                                text(
                                        "notification.procedure.opened.body",
                                        run.subjectTitle(),
                                        kind(run, t),
                                        stepText(run, t.stepCode())))));
    }

    /**
     * The assignees of every task this run's returns reopened, with the reason; those of the tasks a
     * reopening of the finished run opened (e.g. a confirmed indicator year's reporters), with the
     * reopening's reason; and those whose open task a sibling's return closed ({@code SUPERSEDED}:
     * another division returned the parallel step), with its reason, not those a sibling's act closed
     * (a step several roles may act on). Each once, keyed by the task the event opened or closed.
     */
    @ApplicationModuleListener
    public void on(ProcedureReturned event) {
        notices.notice(event.runId()).ifPresent(run -> {
            run.tasks().stream()
                    .filter(t -> t.opening() == Opening.RETURNED)
                    .forEach(t -> notifyAssignees(
                            run,
                            t,
                            "returned",
                            text("notification.procedure.returned.title", run.subjectTitle()),
                            text(
                                    "notification.procedure.returned.body",
                                    run.subjectTitle(),
                                    stepLabel(run, t.returnedFrom()),
                                    t.reason(),
                                    kind(run, t))));
            run.tasks().stream()
                    .filter(t -> t.opening() == Opening.REOPENED)
                    .forEach(t -> notifyAssignees(
                            run,
                            t,
                            "reopened",
                            text("notification.procedure.reopened.title", run.subjectTitle()),
                            text(
                                    "notification.procedure.reopened.body",
                                    run.subjectTitle(),
                                    event.reason(),
                                    kind(run, t))));
            lost(run, "SUPERSEDED").stream()
                    .filter(t -> parallel(run, t) && !returnReason(run, t).isEmpty())
                    .forEach(t -> notifyAssignees(
                            run,
                            t,
                            "superseded",
                            text("notification.procedure.superseded.title", run.subjectTitle()),
                            text(
                                    "notification.procedure.superseded.body",
                                    run.subjectTitle(),
                                    kind(run, t),
                                    returnReason(run, t))));
        });
    }

    /**
     * Whether {@code t} is a division's task of a parallel examination: only there does a sibling's
     * return close work the assignee was asked to do (a step several roles may act on is one
     * confirmer's job, whichever acts).
     */
    private static boolean parallel(RunNotice run, RunNotice.Task t) {
        return run.step(t.stepCode())
                .map(s -> "PARALLEL_EXAMINE".equals(s.kind()))
                .orElse(false);
    }

    /** The reason of the return that closed {@code closed}: the tasks it reopened carry it. */
    private static String returnReason(RunNotice run, RunNotice.Task closed) {
        return run.tasks().stream()
                .filter(t -> t.round() == closed.round() + 1 && t.opening() == Opening.RETURNED)
                .map(RunNotice.Task::reason)
                .findFirst()
                .orElse("");
    }

    /** The assignees whose open task a withdrawal closed: the act they were to follow was taken back. */
    @ApplicationModuleListener
    public void on(ProcedureWithdrawn event) {
        notices.notice(event.runId())
                .ifPresent(run -> lost(run, "WITHDRAWN")
                        .forEach(t -> notifyAssignees(
                                run,
                                t,
                                "withdrawn",
                                text("notification.procedure.withdrawn.title", run.subjectTitle()),
                                text("notification.procedure.withdrawn.body", run.subjectTitle(), kind(run, t)))));
    }

    /**
     * A finished run notifies its initiator; a cancelled one (the initiator's own act) notifies the
     * assignees whose open task it closed; one the platform ended tells those assignees why.
     */
    @ApplicationModuleListener
    public void on(ProcedureFinished event) {
        notices.notice(event.runId()).ifPresent(run -> {
            if ("FINISHED".equals(run.state())) {
                List<Contact> to = users.contact(run.initiatorUserId()).stream().toList();
                notifications.notifyOnce(
                        "procedure-run:" + run.runId() + ":finished",
                        to,
                        text("notification.procedure.finished.title", run.subjectTitle()),
                        text("notification.procedure.finished.body", run.subjectTitle()),
                        run.link());
            } else if (event.endedBecause() != null) {
                // ended by the platform for its subject module (e.g. an escalated rectification), not withdrawn
                lost(run, "CANCELLED")
                        .forEach(t -> notifyAssignees(
                                run,
                                t,
                                "cancelled",
                                text("notification.procedure.ended.title", run.subjectTitle()),
                                text(
                                        "notification.procedure.ended.body",
                                        run.subjectTitle(),
                                        kind(run, t),
                                        event.endedBecause())));
            } else {
                lost(run, "CANCELLED")
                        .forEach(t -> notifyAssignees(
                                run,
                                t,
                                "cancelled",
                                text("notification.procedure.cancelled.title", run.subjectTitle()),
                                text("notification.procedure.cancelled.body", run.subjectTitle(), kind(run, t))));
            }
        });
    }

    /** Tasks closed in {@code state} without an act of their own: their assignees lost them. */
    private static List<RunNotice.Task> lost(RunNotice run, String state) {
        return run.tasks().stream()
                .filter(t -> state.equals(t.state()) && t.actedBy() == null)
                .toList();
    }

    private void notifyAssignees(RunNotice run, RunNotice.Task task, String what, String title, String body) {
        List<Contact> to = users.holders(
                task.assigneeRole(), task.assigneeRegionCode(), task.assigneeOrganizationId(), task.assigneeUserId());
        notifications.notifyOnce("procedure-task:" + task.id() + ":" + what, to, title, body, run.link());
    }

    /** The kind of the task's step in a word, e.g. 审核. */
    private String kind(RunNotice run, RunNotice.Task task) {
        return stepLabel(run, task.stepCode());
    }

    private String stepLabel(RunNotice run, String stepCode) {
        return run.step(stepCode)
                .map(s -> messages.getMessage(
                        "notification.procedure.kind." + s.kind(), null, stepCode, Locale.SIMPLIFIED_CHINESE))
                .orElse(stepCode);
    }

    /** The regulation's own words for the step, with its article when it names one. */
    private String stepText(RunNotice run, String stepCode) {
        return run.step(stepCode)
                .map(s -> s.nameZh() == null
                        ? stepCode
                        : s.article() == null
                                ? s.nameZh()
                                : text("notification.procedure.article", s.nameZh(), s.article()))
                .orElse(stepCode);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
