package cn.ecozone.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.shared.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Lmnopqr1", "abcdef1!", "ABCDEF1!", "Abcdefg!", "密码Abc123"})
    void acceptsEightCharactersFromThreeClasses(String password) {
        assertThatCode(() -> PasswordPolicy.check("password", password, "someone"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Abc1!", "abcdefgh", "abcdefg1", "ABCDEFG1", "12345678!", "        "})
    void rejectsShortOrTwoClassPasswords(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", password, "someone"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                                ((ApiException) e).fieldErrors().getFirst().field())
                        .isEqualTo("password"));
    }

    @Test
    void rejectsThePasswordEqualToTheUsername() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "Admin.2026", "admin.2026"))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void rejectsOverlongPasswords() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "Aa1!".repeat(17), "x"))
                .isInstanceOf(ApiException.class);
    }

    /** GB/T 22239-2019 8.1.4.1 a): the commonest passwords pass the class rule but are guessed first. */
    @ParameterizedTest
    @ValueSource(strings = {"Passw0rd!", "Qwer1234", "P@ssw0rd", "Password1!", "Woaini1314", "Iloveyou2026"})
    void rejectsTheCommonestPasswordsThatPassTheClassRule(String password) {
        org.assertj.core.api.Assertions.assertThat(PasswordPolicy.classes(password))
                .isGreaterThanOrEqualTo(3);
        assertThatThrownBy(() -> PasswordPolicy.check("password", password, "someone"))
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).fieldErrors().getFirst().messageKey())
                .isEqualTo("error.password.common");
    }

    @Test
    void acceptsAnUncommonPasswordThatEndsLikeACommonOne() {
        assertThatCode(() -> PasswordPolicy.check("password", "Zebraflute#2026", "someone"))
                .doesNotThrowAnyException();
    }
}
