package io.duoctl.core.access;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.vocabulary.Durations;
import io.duoctl.core.vocabulary.InvalidValueException;
import java.time.Duration;
import java.util.List;

/**
 * How long a new API token lives, as {@link Durations} reads it ({@code 90d}, {@code 12h}, {@code
 * 2w}); from {@value #MIN_MINUTES} minute up to {@value #MAX_DAYS} days.
 */
public final class TokenLifetime {
  static final long MIN_MINUTES = 1;
  static final long MAX_DAYS = 3650;
  static final String FIELD = "expires_in";

  private TokenLifetime() {}

  /**
   * Parses a lifetime.
   *
   * @throws InvalidApiTokenException naming {@code expires_in} and the accepted forms
   */
  public static Duration parse(String text) {
    Duration lifetime;
    try {
      lifetime = Durations.parse(text, FIELD);
    } catch (InvalidValueException e) {
      throw new InvalidApiTokenException(e.errors());
    }
    check(lifetime);
    return lifetime;
  }

  static void check(Duration lifetime) {
    if (lifetime.compareTo(Duration.ofMinutes(MIN_MINUTES)) < 0
        || lifetime.compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
      throw invalid(
          "must be between "
              + MIN_MINUTES
              + " minute and "
              + MAX_DAYS
              + " days (e.g. 90d); leave it out for a token that does not expire");
    }
  }

  private static InvalidApiTokenException invalid(String message) {
    return new InvalidApiTokenException(List.of(new FieldError(FIELD, message)));
  }
}
