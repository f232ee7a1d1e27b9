package cn.ecozone.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.identity.Contact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

class MailDispatchTest {

    /** Records what it is asked to send. */
    static class FakeSender implements MailSender {
        final List<SimpleMailMessage> sent = new ArrayList<>();
        boolean fail;

        @Override
        public void send(SimpleMailMessage... messages) {
            if (fail) {
                throw new MailSendException("server down");
            }
            sent.addAll(List.of(messages));
        }
    }

    private final FakeSender sender = new FakeSender();
    private final Contact withAddress = new Contact(1, "张三", "zhang@example.org");

    private MailDispatch dispatch(String host) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return new MailDispatch(beans.getBeanProvider(MailSender.class), host, "noreply@ecozone.local");
    }

    @Test
    void sendsWhenTheMailHostIsConfigured() {
        MailDispatch mail = dispatch("smtp.example.org");

        assertThat(mail.enabled()).isTrue();
        assertThat(mail.send(withAddress, "已逾期：备案", "请尽快办理")).isTrue();
        assertThat(sender.sent).singleElement().satisfies(m -> {
            assertThat(m.getTo()).containsExactly("zhang@example.org");
            assertThat(m.getSubject()).isEqualTo("已逾期：备案");
            assertThat(m.getFrom()).isEqualTo("noreply@ecozone.local");
        });
    }

    @Test
    void skipsWithoutErrorWhenNoMailHostIsConfigured() {
        MailDispatch mail = dispatch("");

        assertThat(mail.enabled()).isFalse();
        assertThat(mail.send(withAddress, "已逾期：备案", "请尽快办理")).isFalse();
        assertThat(sender.sent).isEmpty();
    }

    @Test
    void skipsAUserWithoutAnAddress() {
        assertThat(dispatch("smtp.example.org").send(new Contact(2, "李四", null), "t", "b"))
                .isFalse();
        assertThat(sender.sent).isEmpty();
    }

    @Test
    void aFailedDeliveryIsReportedNotThrown() {
        sender.fail = true;
        assertThat(dispatch("smtp.example.org").send(withAddress, "t", "b")).isFalse();
    }
}
