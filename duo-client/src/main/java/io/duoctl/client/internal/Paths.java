package io.duoctl.client.internal;

import io.duoctl.client.signing.Canonical;

/** Builds request paths from caller-supplied ids, which are validated and percent-encoded. */
public final class Paths {

  private Paths() {}

  /**
   * One path segment: {@code value} percent-encoded as Duo canonicalizes it, so an id can never
   * break out of its segment.
   *
   * @param value the id to place in the path
   * @param name the caller's name for it, used in the error message
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static String segment(String value, String name) {
    return Canonical.percentEncode(Require.text(value, name));
  }
}
