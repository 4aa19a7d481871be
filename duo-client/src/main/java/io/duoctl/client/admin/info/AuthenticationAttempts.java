package io.duoctl.client.admin.info;

import io.duoctl.client.internal.Copies;
import java.util.Map;

/**
 * Authentication attempts in a time window, counted by result.
 *
 * @param authenticationAttempts result ({@code SUCCESS}, {@code FAILURE}, {@code ERROR}, {@code
 *     FRAUD}) to count
 * @param mintime the window's start, Unix seconds, or null
 * @param maxtime the window's end, Unix seconds, or null
 */
public record AuthenticationAttempts(
    Map<String, Long> authenticationAttempts, Long mintime, Long maxtime) {

  public AuthenticationAttempts {
    authenticationAttempts = Copies.map(authenticationAttempts);
  }

  /** The count for one result, 0 when Duo did not list it. */
  public long count(String result) {
    return authenticationAttempts.getOrDefault(result, 0L);
  }
}
