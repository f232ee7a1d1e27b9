package cn.ecozone.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.ApiException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Review finding 10: only "no published version" means "no checks"; any other failure is not swallowed. */
class CheckRulesTest {

    private final RegulationManagement regulations = mock(RegulationManagement.class);
    private final CheckRules rules = new CheckRules(regulations);

    @Test
    void aCodeWithoutPublishedVersionHasNoRules() {
        when(regulations.findLatest("XX-NONE", false)).thenReturn(Optional.empty());
        when(regulations.latest("XX-NONE", false))
                .thenThrow(ApiException.notFound("error.regulation.not-found", "XX-NONE"));

        assertThat(rules.latest("XX-NONE")).isEmpty();
    }

    @Test
    void aBrokenRegulationPropagatesInsteadOfSilentlySkippingItsChecks() {
        IllegalStateException broken = new IllegalStateException("gz-twomtn-2021-v4.yaml: title.checks[0]");
        when(regulations.findLatest("GZ-2SZS", false)).thenThrow(broken);
        when(regulations.latest("GZ-2SZS", false)).thenThrow(broken);

        assertThatThrownBy(() -> rules.latest("GZ-2SZS")).isSameAs(broken);
    }
}
