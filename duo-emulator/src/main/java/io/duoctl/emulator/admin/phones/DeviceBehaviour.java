package io.duoctl.emulator.admin.phones;

import java.time.Duration;
import java.util.Objects;

/**
 * How an emulated Duo Mobile device answers a push (a verification push or an Auth API push): the
 * answer, given after a delay. Shared by the Admin and Auth API features; set per phone with {@link
 * PhoneBook#behaviour(String, DeviceBehaviour)}.
 *
 * @param answer what the user taps
 * @param delay how long after the push the answer arrives; {@link Answer#TIMEOUT} never answers
 */
public record DeviceBehaviour(Answer answer, Duration delay) {

  /** The default: approve at once. */
  public static final DeviceBehaviour APPROVE = new DeviceBehaviour(Answer.APPROVE, Duration.ZERO);

  /** What the device answers. */
  public enum Answer {
    APPROVE("approve"),
    DENY("deny"),
    FRAUD("fraud"),
    /** Never answers: the push stays waiting until it times out. */
    TIMEOUT("timeout");

    private final String wire;

    Answer(String wire) {
      this.wire = wire;
    }

    /** The lower-case name used in results, e.g. {@code approve}. */
    public String wire() {
      return wire;
    }
  }

  public DeviceBehaviour {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
  }

  /** Approves at once. */
  public static DeviceBehaviour approve() {
    return APPROVE;
  }

  /** Denies at once. */
  public static DeviceBehaviour deny() {
    return new DeviceBehaviour(Answer.DENY, Duration.ZERO);
  }

  /** Reports fraud at once. */
  public static DeviceBehaviour fraud() {
    return new DeviceBehaviour(Answer.FRAUD, Duration.ZERO);
  }

  /** Never answers. */
  public static DeviceBehaviour timeout() {
    return new DeviceBehaviour(Answer.TIMEOUT, Duration.ZERO);
  }

  /** This answer, given after {@code delay}. */
  public DeviceBehaviour after(Duration delay) {
    return new DeviceBehaviour(answer, delay);
  }

  /** The answer {@code elapsed} after the push, or null while the user has not answered yet. */
  public Answer answerAfter(Duration elapsed) {
    if (answer == Answer.TIMEOUT || elapsed.compareTo(delay) < 0) {
      return null;
    }
    return answer;
  }
}
