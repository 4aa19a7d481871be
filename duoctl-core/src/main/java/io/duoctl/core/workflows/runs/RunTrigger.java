package io.duoctl.core.workflows.runs;

import java.util.Objects;

/**
 * What started a workflow run, recorded with it.
 *
 * @param kind the kind of trigger
 * @param detail which one: the webhook's or schedule's name, the parent run's id; empty for a run
 *     started by hand
 */
public record RunTrigger(Kind kind, String detail) {

  /** The kinds of trigger. */
  public enum Kind {
    CLI,
    REST,
    CONSOLE,
    WEBHOOK,
    SCHEDULE,
    LOG_RULE
  }

  public RunTrigger {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /** A run started by hand from {@code kind} (CLI, REST or console). */
  public static RunTrigger byHand(Kind kind) {
    return new RunTrigger(kind, "");
  }

  /** A run started by the webhook {@code name}. */
  public static RunTrigger webhook(String name) {
    return new RunTrigger(Kind.WEBHOOK, name);
  }

  /** A run started by the schedule {@code name}. */
  public static RunTrigger schedule(String name) {
    return new RunTrigger(Kind.SCHEDULE, name);
  }

  /** A run started by the log rule {@code name}. */
  public static RunTrigger logRule(String name) {
    return new RunTrigger(Kind.LOG_RULE, name);
  }

  /** The run the log rule {@code name} started for one of its firings, {@code name#firingId}. */
  public static RunTrigger logRule(String name, String firingId) {
    return new RunTrigger(Kind.LOG_RULE, name + "#" + firingId);
  }

  /** How it reads in lists: {@code webhook:psa-offboard}, {@code cli}. */
  @Override
  public String toString() {
    String name = kind.name().toLowerCase(java.util.Locale.ROOT);
    return detail.isEmpty() ? name : name + ":" + detail;
  }
}
