package io.duoctl.core.reports.snapshots;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * The figure sets of a snapshot, each stored as its own row with its figures as a JSON object in
 * snake case ({@code {"users": 40, "locked_out": 1, ...}}).
 */
enum FigureSet {
  COVERAGE("coverage", CoverageFigures.class, Snapshot::coverage),
  ACCOUNTS("accounts", AccountFigures.class, Snapshot::accounts),
  BILLING("billing", BillingFigures.class, Snapshot::billing);

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final String stored;
  private final Class<? extends Record> type;
  private final Function<Snapshot, ? extends Record> figures;

  FigureSet(String stored, Class<? extends Record> type, Function<Snapshot, ? extends Record> of) {
    this.stored = stored;
    this.type = type;
    this.figures = of;
  }

  /** The name stored in {@code report_snapshot.figure_set}. */
  String stored() {
    return stored;
  }

  static FigureSet parse(String stored) {
    for (FigureSet set : values()) {
      if (set.stored.equals(stored)) {
        return set;
      }
    }
    throw new IllegalStateException("unknown figure set in report_snapshot: " + stored);
  }

  /** The figures of this set in {@code snapshot} as JSON, or null when it has none. */
  String json(Snapshot snapshot) {
    Record value = figures.apply(snapshot);
    if (value == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stored JSON back as this set's figures. */
  Record read(String json) {
    try {
      return JSON.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
