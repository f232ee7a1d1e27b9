package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DataScopeTest {

    private static Actor actor(Role role, String path) {
        return new Actor(1, "u", "u", role, 1, "org", "x", path, false);
    }

    @Test
    void countyUserSeesItsCountyAndItsTownshipsButNotASiblingOrItsLeague() {
        DataScope scope =
                actor(Role.COUNTY_GOVERNMENT, "/150000/152500/152502/").scope();
        assertThat(scope.includes("/150000/152500/152502/")).isTrue();
        assertThat(scope.includes("/150000/152500/152502/152502001/")).isTrue();
        assertThat(scope.includes("/150000/152500/152501/")).isFalse();
        assertThat(scope.includes("/150000/152500/")).isFalse();
        assertThat(scope.includes("/150000/")).isFalse();
        assertThat(scope.includes(null)).isFalse();
    }

    @Test
    void prefectureUserSeesAllItsCountiesButNotAnotherPrefecture() {
        DataScope scope = actor(Role.PREFECTURE_STAFF, "/150000/152500/").scope();
        assertThat(scope.includes("/150000/152500/152501/")).isTrue();
        assertThat(scope.includes("/150000/152500/152502/")).isTrue();
        assertThat(scope.includes("/150000/150100/150102/")).isFalse();
    }

    @Test
    void codePrefixesDoNotLeakIntoScope() {
        // 15250 is a prefix of 152500's path text only with the trailing slash checked
        DataScope scope = DataScope.under("/150000/152500/1525/");
        assertThat(scope.includes("/150000/152500/152502/")).isFalse();
    }

    /** 三员分立: an administrator reads no business data anywhere, its own region included. */
    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"})
    void administratorsHaveAnEmptyBusinessScope(Role role) {
        DataScope scope = actor(role, "/150000/").scope();
        assertThat(scope.isNationwide()).isFalse();
        assertThat(scope.includes("/150000/")).isFalse();
        assertThat(scope.includes("/520000/520300/520381/")).isFalse();
        assertThat(scope.pathPattern()).doesNotStartWith("/");
    }

    @Test
    void administratorsAdministerAccountsOfTheWholeCountry() {
        DataScope scope = DataScope.administration(actor(Role.SYSTEM_ADMIN, "/150000/"));
        assertThat(scope.isNationwide()).isTrue();
        assertThat(scope.includes("/520000/520300/520381/")).isTrue();
        assertThat(DataScope.administration(actor(Role.PROVINCE_STAFF, "/150000/"))
                        .includes("/520000/"))
                .isFalse();
    }

    @Test
    void patternIsThePathPrefixForBinding() {
        assertThat(DataScope.under("/150000/152500/").pathPattern()).isEqualTo("/150000/152500/%");
    }

    @Test
    void thePrefixIsWhatEveryPathInsideStartsWithAndNoStoredPathForTheEmptyScope() {
        assertThat(DataScope.under("/150000/152500/").pathPrefix()).isEqualTo("/150000/152500/");
        assertThat(DataScope.nationwide().pathPrefix()).isEqualTo("/");
        // stored paths start with '/', so a condition left(path, length) = prefix matches none
        assertThat(DataScope.none().pathPrefix()).doesNotStartWith("/").isNotEmpty();
    }

    @Test
    void refusesAPathWithoutSlashes() {
        assertThatThrownBy(() -> DataScope.under("150000")).isInstanceOf(IllegalArgumentException.class);
    }
}
