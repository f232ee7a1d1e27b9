/**
 * Deadlines as data: registered by the modules whose acts start a period, listed for the users who
 * must act, flagged and reminded of by {@code DeadlineJob}, which publishes {@code DeadlineOverdue}
 * and {@code DeadlineApproaching} (named interface {@code events}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Deadlines",
        allowedDependencies = {"calendar", "region", "shared"})
package cn.ecozone.deadline;
