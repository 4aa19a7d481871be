package io.duoctl.core.reports.standard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds push fatigue in an authentication log read oldest first: a user who refused (denied or
 * reported as fraud) at least {@code threshold} Duo Pushes within {@code span}. A user's refusals
 * are trimmed to the span at each new one, so no user holds more than one span's refusals. Not
 * thread-safe.
 */
final class PushFatigue {

  private final int threshold;
  private final Duration span;
  private final Map<String, Deque<Instant>> recent = new HashMap<>();
  private final Map<String, Integer> worst = new TreeMap<>();

  PushFatigue(int threshold, Duration span) {
    this.threshold = threshold;
    this.span = span;
  }

  /** Counts a refused push to {@code user} at {@code time}; times must not go backwards. */
  void refused(String user, Instant time) {
    Deque<Instant> pushes = recent.computeIfAbsent(user, u -> new ArrayDeque<>());
    pushes.addLast(time);
    Instant oldest = time.minus(span);
    while (pushes.getFirst().isBefore(oldest)) {
      pushes.removeFirst();
    }
    if (pushes.size() >= threshold) {
      worst.merge(user, pushes.size(), Math::max);
    }
  }

  /** The users with push fatigue, by name, each with the most refusals seen within one span. */
  Map<String, Integer> users() {
    return worst;
  }
}
