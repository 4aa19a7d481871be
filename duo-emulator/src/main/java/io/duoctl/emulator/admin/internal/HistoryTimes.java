package io.duoctl.emulator.admin.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The times of seeded log history: a working day's rhythm (07:00 to 19:00 UTC, weekends a fifth as
 * busy), strictly after {@code end - days} and before {@code end}. About one event in twenty shares
 * its millisecond with another, so cursors that order by (time, id) are exercised.
 */
public final class HistoryTimes {

  private static final long WORKDAY_START_MS = Duration.ofHours(7).toMillis();
  private static final long WORKDAY_MS = Duration.ofHours(12).toMillis();

  private HistoryTimes() {}

  /**
   * About {@code perDay} times for each of the {@code days} days before {@code end}, oldest first.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static List<Instant> spread(Random random, Instant end, int days, int perDay) {
    if (days < 0 || perDay < 0) {
      throw new IllegalArgumentException("days and perDay must not be negative");
    }
    List<Instant> times = new ArrayList<>();
    Instant oldest = end.minus(Duration.ofDays(days));
    Instant firstDay = end.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(days));
    Instant previous = null;
    for (int day = 0; day <= days; day++) {
      Instant midnight = firstDay.plus(Duration.ofDays(day));
      int weekday = midnight.atZone(ZoneOffset.UTC).getDayOfWeek().getValue();
      int count = perDay == 0 ? 0 : weekday >= 6 ? Math.max(1, perDay / 5) : perDay;
      for (int i = 0; i < count; i++) {
        Instant time =
            previous != null && random.nextInt(20) == 0
                ? previous
                : midnight.plusMillis(WORKDAY_START_MS + (long) (random.nextDouble() * WORKDAY_MS));
        if (time.isBefore(end) && time.isAfter(oldest)) {
          times.add(time);
          previous = time;
        }
      }
    }
    times.sort(null);
    return times;
  }
}
