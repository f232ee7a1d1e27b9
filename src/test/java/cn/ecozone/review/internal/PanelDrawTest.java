package cn.ecozone.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PanelDrawTest {

    private static final List<Long> ELIGIBLE =
            LongStream.rangeClosed(1, 30).boxed().toList();

    @Test
    void theSameSeedAndEligibleListGiveTheSamePanel() {
        PanelDraw.Draw first = PanelDraw.draw(424242L, PanelDraw.ALGORITHM, ELIGIBLE, 5, 2);
        PanelDraw.Draw again = PanelDraw.draw(424242L, PanelDraw.ALGORITHM, ELIGIBLE, 5, 2);
        assertThat(again.members()).isEqualTo(first.members()).hasSize(5).doesNotHaveDuplicates();
        assertThat(again.alternateIds()).isEqualTo(first.alternateIds()).hasSize(2);
        assertThat(first.members()).doesNotContainAnyElementsOf(first.alternateIds());
        assertThat(ELIGIBLE).containsAll(first.members());
    }

    @Test
    void anotherSeedDrawsAnotherPanel() {
        assertThat(PanelDraw.draw(1L, PanelDraw.ALGORITHM, ELIGIBLE, 5, 0).members())
                .isNotEqualTo(
                        PanelDraw.draw(2L, PanelDraw.ALGORITHM, ELIGIBLE, 5, 0).members());
    }

    @Test
    void alternatesAreWhatIsLeftWhenThePoolIsSmall() {
        PanelDraw.Draw d = PanelDraw.draw(7L, PanelDraw.ALGORITHM, List.of(3L, 5L, 9L), 2, 5);
        assertThat(d.members()).hasSize(2);
        assertThat(d.alternateIds()).hasSize(1);
    }
}
