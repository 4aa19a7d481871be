package io.duoctl.emulator.model;

/** The Duo object kinds with a 20-character {@code D?}-prefixed identifier. */
public enum IdKind {
  ACCOUNT("DA"),
  INTEGRATION("DI"),
  USER("DU"),
  PHONE("DP"),
  HARDWARE_TOKEN("DH"),
  GROUP("DG"),
  ADMIN("DE");

  private final String prefix;

  IdKind(String prefix) {
    this.prefix = prefix;
  }

  /** The two-letter prefix, e.g. {@code DU} for users. */
  public String prefix() {
    return prefix;
  }
}
