package cn.ecozone.enforcement;

/**
 * A person's decision on a proposal ({@code POST /api/enforcement-proposals/{id}/decision}).
 *
 * @param version the proposal's version the decider saw
 * @param measure the measure decided, or {@code null} to dismiss (then {@code reason} is required)
 * @param severity 情节轻重, required with a measure
 * @param reason why (required to dismiss; at most 2000 characters)
 * @param workingDays the rectification period a rectification or warning sets (限定期); {@code null}
 *     for the regulation data's suggestion
 * @param documentNumber the decision's document; required when the measure's body is the Ministry
 *     (the province records the Ministry's decision)
 */
public record Decision(
        Long version, Measure measure, Severity severity, String reason, Integer workingDays, String documentNumber) {}
