package cn.ecozone.regulation;

import cn.ecozone.calendar.Counting;
import java.util.Optional;

/**
 * One step of a path (plan path or application chain), in order.
 *
 * @param code unique within its path, e.g. {@code FILE}
 * @param actor who acts
 * @param to to whom the result goes; {@code null} when it stays with the actor
 * @param deadline {@code null} when the rules set none
 */
public record Step(String code, Body actor, Body to, String actionZh, Deadline deadline, Citation citation) {

    /**
     * A deadline of N working days counted from the completion of an earlier step of the same path.
     *
     * @param fromStep the code of that earlier step
     */
    public record Deadline(int workingDays, Counting counting, String fromStep, String textZh) {}

    public Optional<Deadline> optionalDeadline() {
        return Optional.ofNullable(deadline);
    }
}
