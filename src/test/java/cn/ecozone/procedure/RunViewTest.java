package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.RunView.AllowedAction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A subject module leaves out an action its API does not offer; the rest of the view stays. */
class RunViewTest {

    private static AllowedAction allowed(String action) {
        return new AllowedAction(action, "SUBMIT", 7L, List.of(), false, false);
    }

    @Test
    void withoutCancelKeepsTheOtherActionsAndTheRestOfTheView() {
        RunView run = new RunView(
                1L,
                "OPEN",
                "TEST/application/COUNTY",
                1,
                3L,
                List.of(),
                "SUBMIT",
                List.of(),
                null,
                List.of(allowed("ACT"), allowed("CANCEL"), allowed("WITHDRAW")),
                List.of());

        RunView shown = run.without("CANCEL");

        assertThat(shown.allowedActions()).extracting(AllowedAction::action).containsExactly("ACT", "WITHDRAW");
        assertThat(shown)
                .usingRecursiveComparison()
                .ignoringFields("allowedActions")
                .isEqualTo(run);
        assertThat(run.allowedActions()).hasSize(3);
    }
}
