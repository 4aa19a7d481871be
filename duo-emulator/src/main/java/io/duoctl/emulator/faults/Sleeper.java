package io.duoctl.emulator.faults;

import java.time.Duration;

/** Waits; tests replace it to observe injected latency without sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps on the calling (virtual) thread. */
  Sleeper REAL =
      duration -> {
        try {
          Thread.sleep(duration);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      };

  /** Waits for {@code duration}. */
  void sleep(Duration duration);
}
