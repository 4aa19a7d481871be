package io.duoctl.emulator.record;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The most recent requests (10,000 by default), oldest first. Thread-safe and lock-free; can be
 * switched off for benchmarks.
 */
public final class RequestJournal {

  private final ConcurrentLinkedDeque<RecordedRequest> entries = new ConcurrentLinkedDeque<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong sequence = new AtomicLong();
  private final int capacity;
  private volatile boolean enabled = true;

  public RequestJournal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("journal capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  /** The next arrival number. */
  public long nextSequence() {
    return sequence.incrementAndGet();
  }

  /** Whether requests are recorded. */
  public boolean enabled() {
    return enabled;
  }

  /** Turns recording on or off. */
  public void enabled(boolean on) {
    this.enabled = on;
  }

  /** Adds a request, dropping the oldest beyond capacity. */
  public void add(RecordedRequest request) {
    if (!enabled) {
      return;
    }
    entries.addLast(request);
    if (size.incrementAndGet() > capacity && entries.pollFirst() != null) {
      size.decrementAndGet();
    }
  }

  /** Every recorded request, oldest first. */
  public List<RecordedRequest> all() {
    return List.copyOf(entries);
  }

  /** The recorded requests that satisfy {@code filter}, oldest first. */
  public List<RecordedRequest> matching(Predicate<RecordedRequest> filter) {
    List<RecordedRequest> out = new ArrayList<>();
    for (RecordedRequest request : entries) {
      if (filter.test(request)) {
        out.add(request);
      }
    }
    return out;
  }

  /** The requests to {@code path}, oldest first. */
  public List<RecordedRequest> toPath(String path) {
    return matching(r -> r.path().equals(path));
  }

  /** The most recent request. */
  public Optional<RecordedRequest> last() {
    Iterator<RecordedRequest> newest = entries.descendingIterator();
    return newest.hasNext() ? Optional.of(newest.next()) : Optional.empty();
  }

  /** How many requests are held. */
  public int count() {
    return entries.size();
  }

  /** Forgets every request (the arrival numbers carry on). */
  public void clear() {
    entries.clear();
    size.set(0);
  }
}
