package cn.ecozone.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A registered (or replaced) deadline.
 *
 * @param explanation how the due date was counted, in Chinese, one sentence per line
 */
public record RegisteredDeadline(long id, LocalDate dueDate, List<String> explanation) {}
