package cn.ecozone.identity;

import cn.ecozone.identity.internal.PasswordPolicy;
import cn.ecozone.identity.internal.UserEntity;
import cn.ecozone.identity.internal.Users;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every user does with its own account: change its password (the old one must match) and set the
 * address its reminders are mailed to. Accounts of others: {@link UserManagement}.
 */
@Service
@Transactional(readOnly = true)
public class OwnAccountManagement {

    private final Users users;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    OwnAccountManagement(Users users, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
    }

    /** The actor changes its own password; the old one must match and the new one must differ. */
    @Transactional
    public void changeOwnPassword(Actor actor, String oldPassword, String newPassword) {
        UserEntity user = users.findById(actor.userId()).orElseThrow(ApiException::unauthenticated);
        if (oldPassword == null || !passwords.matches(oldPassword, user.passwordHash())) {
            throw ApiException.invalid("oldPassword", "error.password.old-mismatch");
        }
        if (oldPassword.equals(newPassword)) {
            throw ApiException.invalid("newPassword", "error.password.same");
        }
        PasswordPolicy.check("newPassword", newPassword, user.username());
        user.changePassword(passwords.encode(newPassword), false);
        users.saveAndFlush(user);
    }

    /** The actor's own notification e-mail address, or null. */
    public String ownEmail(Actor actor) {
        return users.findById(actor.userId())
                .orElseThrow(ApiException::unauthenticated)
                .email();
    }

    /**
     * The actor sets (or, with a blank value, clears) the address its reminders are mailed to when the
     * platform has a mail server configured.
     */
    @Transactional
    public String changeOwnEmail(Actor actor, String email) {
        UserEntity user = users.findById(actor.userId()).orElseThrow(ApiException::unauthenticated);
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null
                && (address.length() > 100 || !EMAIL.matcher(address).matches())) {
            throw ApiException.invalid("email", "error.user.email");
        }
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "email", user.email(), address);
        user.changeEmail(address);
        users.saveAndFlush(user);
        events.publishEvent(new AccountChanged("User", user.username(), null, changes));
        return address;
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
}
