package io.duoctl.core.access;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The latest use of each API token not yet written to the database. Thread-safe. */
final class LastUses {
  private final Map<String, Instant> pending = new ConcurrentHashMap<>();

  /** Remembers that token {@code id} was used at {@code at}; the latest use wins. */
  void record(String id, Instant at) {
    pending.merge(id, at, (a, b) -> a.isAfter(b) ? a : b);
  }

  /** The use of token {@code id} not written yet, if any. */
  Optional<Instant> pending(String id) {
    return Optional.ofNullable(pending.get(id));
  }

  /** Writes every pending use with {@code writer}; a use that fails to be written stays pending. */
  void flush(Writer writer) {
    for (Map.Entry<String, Instant> use : Map.copyOf(pending).entrySet()) {
      writer.write(use.getKey(), use.getValue());
      pending.remove(use.getKey(), use.getValue());
    }
  }

  boolean isEmpty() {
    return pending.isEmpty();
  }

  /** Stores one token's last use. */
  @FunctionalInterface
  interface Writer {
    void write(String id, Instant at);
  }
}
