package cn.ecozone.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.shared.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Abcdefg1", "abcdef1!", "ABCDEF1!", "Abcdefg!", "密码Abc123"})
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
}
