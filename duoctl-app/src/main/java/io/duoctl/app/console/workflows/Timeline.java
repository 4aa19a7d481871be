package io.duoctl.app.console.workflows;

import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.core.workflows.runs.StepRun;
import io.duoctl.core.workflows.runs.StepState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A run's steps as its page shows them: each under the step it is part of (an iteration under its
 * loop, a called workflow's steps under the call), siblings in the order they started.
 *
 * @param rows depth first
 * @param longestMillis the longest finished step's duration, the scale of the duration bars (1 at
 *     least)
 */
public record Timeline(List<Row> rows, long longestMillis) {

  public Timeline {
    rows = List.copyOf(rows);
  }

  /**
   * One step.
   *
   * @param key where it is in the run, e.g. {@code offboard[3]/phones[0]}
   * @param depth 0 for a step of the workflow run, 1 for a part of one, and so on
   * @param organization the organization's name, or null
   * @param state its wire name ({@code running} while a running run's step has not finished)
   * @param outcome what an action step did to Duo ({@code changed}, {@code unchanged}, {@code
   *     read}, {@code planned}), or null
   * @param millis how long it took, or null while it runs
   * @param error why it failed or was skipped, or null
   */
  public record Row(
      int seq,
      String key,
      String name,
      String target,
      int depth,
      String organization,
      String state,
      String stateClass,
      String outcome,
      Long millis,
      int attempts,
      String error,
      String errorCode) {

    /** Whether it ran and took time to show: it finished and was not skipped. */
    public boolean timed() {
      return millis != null && !state.equals("skipped");
    }

    /** How long it took in words: {@code 850 ms}, {@code 1.2 s}, {@code 2 min 5 s}. */
    public String duration() {
      if (millis == null) {
        return "";
      }
      if (millis < 1000) {
        return millis + " ms";
      }
      if (millis < 60_000) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
      }
      return millis / 60_000 + " min " + millis % 60_000 / 1000 + " s";
    }

    /** The CSS class of its indentation, {@code depth-0} to {@code depth-6}. */
    public String depthClass() {
      return "depth-" + Math.min(depth, 6);
    }
  }

  /**
   * The timeline of {@code steps} (in the order they started) of a run that is still running or
   * not; {@code organizations} gives the name to show of a step's organization.
   */
  static Timeline of(
      List<StepRun> steps, boolean runRunning, Function<StepRun, String> organizations) {
    Map<String, StepRun> byKey = new LinkedHashMap<>();
    steps.forEach(step -> byKey.put(step.key(), step));
    Map<String, List<StepRun>> children = new HashMap<>();
    for (StepRun step : steps) {
      children.computeIfAbsent(parent(step.key(), byKey), k -> new ArrayList<>()).add(step);
    }
    children.values().forEach(list -> list.sort((a, b) -> Integer.compare(a.seq(), b.seq())));
    List<Row> rows = new ArrayList<>();
    add(children, "", 0, (step, depth) -> row(step, depth, runRunning, organizations), rows);
    long longest =
        rows.stream().filter(r -> r.millis() != null).mapToLong(Row::millis).max().orElse(1);
    return new Timeline(rows, Math.max(1, longest));
  }

  private static void add(
      Map<String, List<StepRun>> children,
      String parent,
      int depth,
      BiFunction<StepRun, Integer, Row> row,
      List<Row> rows) {
    for (StepRun step : children.getOrDefault(parent, List.of())) {
      rows.add(row.apply(step, depth));
      add(children, step.key(), depth + 1, row, rows);
    }
  }

  private static Row row(
      StepRun step, int depth, boolean runRunning, Function<StepRun, String> organizations) {
    boolean running = step.state() == StepState.STARTED && runRunning;
    return new Row(
        step.seq(),
        step.key(),
        step.name(),
        step.target(),
        depth,
        step.organizationName() == null ? null : organizations.apply(step),
        running ? "running" : WireNames.of(step.state()),
        switch (step.state()) {
          case SUCCEEDED -> "ok";
          case FAILED, UNKNOWN -> "bad";
          case STARTED, SKIPPED -> "none";
        },
        step.outcome() == null ? null : WireNames.of(step.outcome()),
        step.duration().map(d -> d.toMillis()).orElse(null),
        step.attempts(),
        step.errorMessage(),
        step.errorCode() == null ? null : step.errorCode().toLowerCase(Locale.ROOT));
  }

  /**
   * The key of the nearest recorded step {@code key} is part of, or "" for none: {@code offboard}
   * for {@code offboard[3]} (an iteration of its loop), {@code offboard[3]} for {@code
   * offboard[3]/user} (a step of the workflow that iteration called).
   */
  static String parent(String key, Map<String, StepRun> recorded) {
    String current = key;
    while (true) {
      if (current.endsWith("]") && current.lastIndexOf('[') > 0) {
        current = current.substring(0, current.lastIndexOf('['));
      } else if (current.lastIndexOf('/') > 0) {
        current = current.substring(0, current.lastIndexOf('/'));
      } else {
        return "";
      }
      if (recorded.containsKey(current)) {
        return current;
      }
    }
  }
}
