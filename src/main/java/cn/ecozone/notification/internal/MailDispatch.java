package cn.ecozone.notification.internal;

import cn.ecozone.identity.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * Mails a notification when SMTP is configured: {@code spring.mail.host} is set (Spring Boot then
 * provides the sender) and the recipient has an address. Otherwise nothing is sent and nothing
 * fails. A failed delivery is logged, never thrown: the in-app notification stands regardless.
 */
@Component
public class MailDispatch {

    private static final Logger log = LoggerFactory.getLogger(MailDispatch.class);

    private final MailSender sender;
    private final String from;

    @Autowired
    MailDispatch(
            ObjectProvider<MailSender> sender,
            @Value("${spring.mail.host:}") String host,
            @Value("${ecozone.notification.mail-from:noreply@ecozone.local}") String from) {
        this(host == null || host.isBlank() ? null : sender.getIfAvailable(), from);
    }

    /** @param sender the configured sender, or {@code null} when SMTP is not configured */
    MailDispatch(MailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Whether mail is sent at all. */
    public boolean enabled() {
        return sender != null;
    }

    /** @return whether a message was handed to the mail server */
    public boolean send(Contact to, String subject, String text) {
        if (sender == null || to.email() == null || to.email().isBlank()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.email());
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("mail to user {} failed: {}", to.id(), e.getMessage());
            return false;
        }
    }
}
