package io.duoctl.client.admin.info;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import java.time.Instant;
import java.util.Objects;

/**
 * Account information and reports ({@code /admin/v1/info}); needs the "Grant read information"
 * permission. Time windows are sent in Unix seconds; Duo accepts at most the last 180 days. Every
 * method throws a {@link DuoApiException} subclass when Duo refuses. Immutable and thread-safe.
 */
public final class Info {

  private static final String INFO = "/admin/v1/info";

  private final ApiClient api;

  public Info(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** Counts of users, administrators, integrations and remaining telephony credits. */
  public Summary summary() {
    return api.call(DuoRequest.get(INFO + "/summary"), Summary.class);
  }

  /** Telephony credits used in Duo's default window (the last 30 days). */
  public TelephonyCreditsUsed telephonyCreditsUsed() {
    return api.call(DuoRequest.get(INFO + "/telephony_credits_used"), TelephonyCreditsUsed.class);
  }

  /** Telephony credits used from {@code from} (inclusive) to {@code to}. */
  public TelephonyCreditsUsed telephonyCreditsUsed(Instant from, Instant to) {
    return api.call(
        window(DuoRequest.get(INFO + "/telephony_credits_used"), from, to),
        TelephonyCreditsUsed.class);
  }

  /** Authentication attempts by result in Duo's default window (the last 30 days). */
  public AuthenticationAttempts authenticationAttempts() {
    return api.call(
        DuoRequest.get(INFO + "/authentication_attempts"), AuthenticationAttempts.class);
  }

  /** Authentication attempts by result from {@code from} to {@code to}. */
  public AuthenticationAttempts authenticationAttempts(Instant from, Instant to) {
    return api.call(
        window(DuoRequest.get(INFO + "/authentication_attempts"), from, to),
        AuthenticationAttempts.class);
  }

  private static DuoRequest window(DuoRequest request, Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to");
    }
    return request
        .param("mintime", Long.toString(from.getEpochSecond()))
        .param("maxtime", Long.toString(to.getEpochSecond()));
  }
}
