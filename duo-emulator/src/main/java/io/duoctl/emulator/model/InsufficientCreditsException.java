package io.duoctl.emulator.model;

/** A parent account's telephony balance cannot cover a transfer to a child. */
public final class InsufficientCreditsException extends RuntimeException {

  private final long available;
  private final long requested;

  InsufficientCreditsException(long available, long requested) {
    super(
        "the parent account has " + available + " telephony credits and cannot give " + requested);
    this.available = available;
    this.requested = requested;
  }

  /** The parent's balance. */
  public long available() {
    return available;
  }

  /** The increase that was asked for. */
  public long requested() {
    return requested;
  }
}
