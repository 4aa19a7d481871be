package io.duoctl.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.DuoApiException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.internal.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The Duo Auth API v2 of one Auth API integration ({@code /auth/v2}): health checks, enrollment,
 * preauth and authentication. Creating it sends nothing. Methods throw a {@link DuoApiException}
 * subclass when Duo refuses. Immutable and thread-safe.
 */
public final class AuthApi {

  private static final String AUTH = "/auth/v2";

  private final ApiClient api;
  private final ApiClient pingApi;

  /** An Auth API whose ping is signed like every other call (Duo accepts that). */
  public AuthApi(ApiClient api) {
    this(api, api);
  }

  /**
   * An Auth API that sends {@link #ping()} through {@code pingApi} (the same target without
   * signing, as Duo's ping needs none) and everything else through {@code api}.
   */
  public AuthApi(ApiClient api, ApiClient pingApi) {
    this.api = Objects.requireNonNull(api, "api");
    this.pingApi = Objects.requireNonNull(pingApi, "pingApi");
  }

  /** Signed requests to any Auth API endpoint. */
  public ApiClient raw() {
    return api;
  }

  /**
   * Duo's clock, to check that Duo is reachable (credentials are not checked: see {@link
   * #check()}). Duo needs no signature here and accepts one.
   */
  public Instant ping() {
    return time(pingApi, DuoRequest.get(AUTH + "/ping"));
  }

  /**
   * Duo's clock, after Duo checked the integration key and signature: proves the credentials.
   *
   * @throws io.duoctl.client.DuoAuthenticationException if the keys are wrong
   */
  public Instant check() {
    return time(api, DuoRequest.get(AUTH + "/check"));
  }

  /** The account's logo as image bytes (PNG). */
  public byte[] logo() {
    return api.bytes(DuoRequest.get(AUTH + "/logo"));
  }

  /** Enrolls a new user with a random username and Duo's default validity (24 hours). */
  public Enrollment enroll() {
    return api.call(DuoRequest.post(AUTH + "/enroll"), Enrollment.class);
  }

  /**
   * Enrolls a new user named {@code username} with an activation code valid for {@code validFor}.
   */
  public Enrollment enroll(String username, Duration validFor) {
    Objects.requireNonNull(validFor, "validFor");
    if (validFor.isNegative() || validFor.isZero()) {
      throw new IllegalArgumentException("validFor must be positive");
    }
    DuoRequest request =
        DuoRequest.post(AUTH + "/enroll")
            .param("username", Require.text(username, "username"))
            .param("valid_secs", Long.toString(validFor.toSeconds()));
    return api.call(request, Enrollment.class);
  }

  /** Whether the enrollment's activation code was used. */
  public EnrollStatus enrollStatus(String userId, String activationCode) {
    DuoRequest request =
        DuoRequest.post(AUTH + "/enroll_status")
            .param("user_id", Require.text(userId, "userId"))
            .param("activation_code", Require.text(activationCode, "activationCode"));
    JsonNode status = api.call(request);
    return switch (status.asText().toLowerCase(Locale.ROOT)) {
      case "success" -> EnrollStatus.SUCCESS;
      case "waiting" -> EnrollStatus.WAITING;
      case "invalid" -> EnrollStatus.INVALID;
      default -> throw unexpected(request, "enroll_status was not success, waiting or invalid");
    };
  }

  /** Whether and how the user may authenticate, with the devices to offer. */
  public Preauth preauth(PreauthRequest request) {
    return api.call(DuoRequest.post(AUTH + "/preauth").params(request.toParams()), Preauth.class);
  }

  /**
   * Authenticates and waits for the outcome (Duo answers when the user did, or on timeout; a push
   * may take a minute).
   */
  public AuthResult auth(AuthRequest request) {
    return api.call(DuoRequest.post(AUTH + "/auth").params(request.toParams()), AuthResult.class);
  }

  /**
   * Starts an authentication without waiting; follow it with {@link #authStatus}.
   *
   * @return the transaction id
   */
  public String authAsync(AuthRequest request) {
    DuoRequest post =
        DuoRequest.post(AUTH + "/auth").params(request.toParams()).param("async", "1");
    String txid = api.call(post).path("txid").textValue();
    if (txid == null || txid.isBlank()) {
      throw unexpected(post, "the reply had no txid");
    }
    return txid;
  }

  /**
   * Where an asynchronous authentication stands. Duo holds the request open until the status
   * changes.
   */
  public AuthStatus authStatus(String txid) {
    return api.call(
        DuoRequest.get(AUTH + "/auth_status").param("txid", Require.text(txid, "txid")),
        AuthStatus.class);
  }

  private static Instant time(ApiClient via, DuoRequest request) {
    JsonNode time = via.call(request).path("time");
    if (!time.canConvertToLong()) {
      throw unexpected(request, "the reply had no time");
    }
    return Instant.ofEpochSecond(time.asLong());
  }

  private static DuoApiException unexpected(DuoRequest request, String what) {
    return new DuoApiException(
        200, null, "Unexpected reply", what, request.method().name(), request.path());
  }
}
