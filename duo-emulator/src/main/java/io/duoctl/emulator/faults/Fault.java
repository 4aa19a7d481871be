package io.duoctl.emulator.faults;

import java.time.Duration;
import java.util.Objects;

/** Something that goes wrong with one request, before Duo would even look at it. */
public sealed interface Fault {

  /** Answer with this HTTP status (5xx usually) and a JSON failure body. */
  static Fault status(int status) {
    return new Status(status);
  }

  /** Close the connection without answering (the client sees a reset / early EOF). */
  static Fault disconnect() {
    return new Disconnect();
  }

  /** Answer normally but dribble the body out in small pieces with this pause between them. */
  static Fault slowBody(Duration pause) {
    return new SlowBody(pause);
  }

  /** Answer 429 42901 "Too Many Requests", whatever the rate limiter says. */
  static Fault rateLimited() {
    return new RateLimited();
  }

  /** Hold the request this long, then serve it normally. */
  static Fault delay(Duration delay) {
    return new Delay(delay);
  }

  /**
   * Serve the request (the change is made) but hold the answer this long: a client that gives up
   * first cannot tell whether Duo did the work.
   */
  static Fault slowAnswer(Duration delay) {
    return new SlowAnswer(delay);
  }

  /** An HTTP error status. */
  record Status(int status) implements Fault {
    public Status {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("fault status must be 400..599, not " + status);
      }
    }
  }

  /** A dropped connection. */
  record Disconnect() implements Fault {}

  /** A slowly written body. */
  record SlowBody(Duration pause) implements Fault {
    public SlowBody {
      requirePositive(pause, "pause");
    }
  }

  /** A 429. */
  record RateLimited() implements Fault {}

  /** Extra latency. */
  record Delay(Duration delay) implements Fault {
    public Delay {
      requirePositive(delay, "delay");
    }
  }

  /** An answer held back after the request was served. */
  record SlowAnswer(Duration delay) implements Fault {
    public SlowAnswer {
      requirePositive(delay, "delay");
    }
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }
}
