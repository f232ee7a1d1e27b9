package cn.ecozone.report.internal;

import cn.ecozone.identity.Contact;
import cn.ecozone.identity.UserManagement;
import cn.ecozone.notification.NotificationManagement;
import cn.ecozone.report.BimReport;
import cn.ecozone.report.BimSender;
import cn.ecozone.shared.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reminds the leagues that have not yet sent their Beautiful Inner Mongolia written report of a year (seed 004
 * art. 41: each league sends its annual report to the department). The league governments' account holders are
 * notified in-app (and by mail when configured) at most once a day per year: the source key names the year and
 * the day. Departments hold no accounts, so they are not reminded here.
 */
@Component
public class BimReminders {

    private final UserManagement users;
    private final NotificationManagement notifications;

    private final MessageSource messages;

    BimReminders(UserManagement users, NotificationManagement notifications, MessageSource messages) {
        this.users = users;
        this.notifications = notifications;
        this.messages = messages;
    }

    /** Notifications are stored in Chinese, as the engine's are. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    /** The leagues reminded (those without a received report of the year); one holder query per league. */
    public List<BimSender> remind(
            int year, String article, List<BimSender> senders, List<BimReport> received, LocalDate today) {
        Set<String> sent = received.stream().map(BimReport::senderCode).collect(Collectors.toSet());
        List<BimSender> missing = senders.stream()
                .filter(s -> s.kind() == BimSender.Kind.LEAGUE && !sent.contains(s.code()))
                .toList();
        for (BimSender league : missing) {
            List<Contact> holders = users.holders(Role.PREFECTURE_GOVERNMENT, league.code());
            String y = Integer.toString(year);
            notifications.notifyOnce(
                    "bim:" + year + ":reminder:" + league.code() + ":" + today,
                    holders,
                    text("report.bim.reminder.title", y),
                    text("report.bim.reminder.body", league.nameZh(), y, article),
                    "/beautiful-im/own");
        }
        return missing;
    }
}
