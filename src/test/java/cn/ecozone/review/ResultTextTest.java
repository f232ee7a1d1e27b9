package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTextTest {

    @Test
    void aResultNobodyScoredReadsAsNoScoreInsteadOfFailing() {
        PanelResult unscored = new PanelResult(
                1L,
                "EXPERT_SCORING",
                true,
                0,
                List.of(new CriterionResult("COMPLETENESS", "材料完整", null, null, null, null)),
                null,
                List.of(),
                List.of(),
                "TRIMMED_MEAN",
                null);

        assertThat(ResultText.of(unscored)).contains("0名专家", "总分 无", "材料完整 无");
    }
}
