package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.AuditedChange;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The events hold ids and strings only: Jackson writes and reads them back unchanged. */
class ProcedureEventsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyEventSurvivesAJsonRoundTrip() {
        List<ProcedureEvents> events = List.of(
                new ProcedureTaskOpened(
                        1, 2, "PLAN", 3, "规划", "/plans/3", "EXAMINE", "PREFECTURE_STAFF", "152500", null, null),
                new ProcedureStepCompleted(1, "PLAN", 3, "EXAMINE", null, "EXPERT_REVIEW"),
                new ProcedureReturned(1, "PLAN", 3, "EXAMINE", "SUBMIT", "材料不全", 7),
                new ProcedureWithdrawn(1, "PLAN", 3, "SUBMIT", 7),
                new ProcedureFinished(1, "PLAN", 3, "FINISHED", 7));
        for (ProcedureEvents e : events) {
            String written = json.writeValueAsString(e);
            assertThat(json.readValue(written, e.getClass())).as(written).isEqualTo(e);
        }
    }

    @Test
    void aReturnIsAnAuditedChangeOfTheRunWithItsReason() {
        AuditedChange change = new ProcedureReturned(1, "PLAN", 3, "EXAMINE", "SUBMIT", "材料不全", 7);
        assertThat(change.targetType()).isEqualTo("ProcedureRun");
        assertThat(change.targetId()).isEqualTo("1");
        assertThat(change.reason()).isEqualTo("材料不全");
        assertThat(change.changes()).containsExactly(new AuditedChange.FieldChange("step", "EXAMINE", "SUBMIT"));
    }
}
