package io.duoctl.app.metrics;

import io.duoctl.core.logexport.exports.SinkTotals;
import io.duoctl.core.logexport.rules.FiringCounts;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Log exports' and log rules' meters, read from the database at scrape time (at most every {@link
 * #MAX_AGE}), so every node reports the same figures whichever node did the work: events exported
 * and lag per export, log and sink (the lag is the worst organization's, keeping the labels
 * bounded), errors per export and sink, and rule firings per rule and outcome. Meters of exports
 * and rules that are gone are removed. Thread-safe.
 */
final class LogExportMeters {
  /** How long one read of the database serves scrapes. */
  static final int MAX_AGE_SECONDS = 5;

  static final Duration MAX_AGE = Duration.ofSeconds(MAX_AGE_SECONDS);

  private static final List<String> OUTCOMES = List.of("sent", "suppressed", "failed", "pending");

  private final MeterRegistry registry;
  private final Supplier<List<SinkTotals>> totals;
  private final Supplier<Map<String, FiringCounts>> firings;
  private final Clock clock;
  private final Map<Meter.Id, Meter> meters = new HashMap<>();
  private volatile Map<Meter.Id, Double> values = Map.of();
  private Instant readAt;

  LogExportMeters(
      MeterRegistry registry,
      Supplier<List<SinkTotals>> totals,
      Supplier<Map<String, FiringCounts>> firings,
      Clock clock) {
    this.registry = registry;
    this.totals = totals;
    this.firings = firings;
    this.clock = clock;
  }

  /** Reads the database again unless the last read is younger than {@link #MAX_AGE}. */
  synchronized void refresh() {
    Instant now = clock.instant();
    if (readAt != null && Duration.between(readAt, now).compareTo(MAX_AGE) < 0) {
      return;
    }
    readAt = now;
    Map<Meter.Id, Double> read = new HashMap<>();
    for (SinkTotals t : totals.get()) {
      Tags sink = Tags.of("export", t.export(), "log", t.log(), "sink", t.sink());
      put(read, counter("duoctl.log.export.events", sink), (double) t.eventsExported());
      double lag = Math.max(0, Duration.between(t.oldestCursorAt(), now).toMillis() / 1000.0);
      put(read, gauge("duoctl.log.export.lag", sink), lag);
      Meter.Id errors =
          counter("duoctl.log.export.errors", Tags.of("export", t.export(), "sink", t.sink()));
      read.merge(errors, (double) t.errors(), Double::sum);
    }
    firings
        .get()
        .forEach(
            (rule, counts) -> {
              long[] byOutcome = {
                counts.sent(), counts.suppressed(), counts.failed(), counts.pending()
              };
              for (int i = 0; i < OUTCOMES.size(); i++) {
                put(
                    read,
                    counter(
                        "duoctl.log.rule.firings",
                        Tags.of("rule", rule, "outcome", OUTCOMES.get(i))),
                    (double) byOutcome[i]);
              }
            });
    values = Map.copyOf(read);
    Set<Meter.Id> gone = new HashSet<>(meters.keySet());
    gone.removeAll(read.keySet());
    for (Meter.Id id : gone) {
      registry.remove(meters.remove(id));
    }
    for (Meter.Id id : read.keySet()) {
      meters.computeIfAbsent(id, this::register);
    }
  }

  private static void put(Map<Meter.Id, Double> read, Meter.Id id, double value) {
    read.put(id, value);
  }

  private Meter register(Meter.Id id) {
    if (id.getType() == Meter.Type.GAUGE) {
      return Gauge.builder(id.getName(), this, m -> m.value(id))
          .tags(id.getTags())
          .baseUnit("seconds")
          .description(id.getDescription())
          .register(registry);
    }
    return FunctionCounter.builder(id.getName(), this, m -> m.value(id))
        .tags(id.getTags())
        .description(id.getDescription())
        .register(registry);
  }

  private double value(Meter.Id id) {
    return values.getOrDefault(id, 0.0);
  }

  private static Meter.Id counter(String name, Tags tags) {
    return new Meter.Id(name, tags, null, description(name), Meter.Type.COUNTER);
  }

  private static Meter.Id gauge(String name, Tags tags) {
    return new Meter.Id(name, tags, "seconds", description(name), Meter.Type.GAUGE);
  }

  private static String description(String name) {
    return switch (name) {
      case "duoctl.log.export.events" ->
          "Log events the sinks acknowledged, over every organization";
      case "duoctl.log.export.lag" ->
          "Now minus the time up to which the sink holds the log, for its worst organization";
      case "duoctl.log.export.errors" -> "Failed deliveries or reads of log exports, by sink";
      default -> "Log rule firings recorded, by outcome";
    };
  }
}
