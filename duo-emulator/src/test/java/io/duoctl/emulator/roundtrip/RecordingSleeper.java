package io.duoctl.emulator.roundtrip;

import io.duoctl.client.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A client {@link Sleeper} that writes down each wait and returns at once, optionally telling
 * someone (the emulator's clock) how long it pretended to wait. Thread-safe.
 */
final class RecordingSleeper implements Sleeper {

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final Consumer<Duration> onWait;

  RecordingSleeper() {
    this(wait -> {});
  }

  RecordingSleeper(Consumer<Duration> onWait) {
    this.onWait = onWait;
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    onWait.accept(duration);
  }

  /** The waits asked for so far, in order. */
  List<Duration> waits() {
    return List.copyOf(waits);
  }
}
