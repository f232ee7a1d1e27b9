package cn.ecozone.calendar;

import java.time.LocalDate;
import java.util.List;

/** A computed deadline with its explanation in the user's language, one sentence per line. */
public record Deadline(LocalDate date, LocalDate from, int workingDays, Counting counting, List<String> explanation) {}
