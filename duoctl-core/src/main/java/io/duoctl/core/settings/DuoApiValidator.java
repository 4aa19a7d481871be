package io.duoctl.core.settings;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoAuthenticationException;
import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoConnectionException;
import io.duoctl.client.DuoForbiddenException;
import io.duoctl.client.DuoRateLimitedException;
import io.duoctl.client.DuoTarget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks a configuration's keys with one cheap signed call per configured API, all three at once:
 * Auth {@code GET /auth/v2/check}, Accounts {@code POST /accounts/v1/account/list}, Admin {@code
 * GET /admin/v1/info/summary}. Each call has no retries and short timeouts, so a dead host cannot
 * hang a form.
 *
 * <p>Duo checks the integration key, then the date, then the signature, then the grant
 * (admin-api.md §4 and §9), so a 403 40301 on {@code info/summary} proves the keys right and the
 * "Grant read information" permission missing; no second call is needed to tell them apart. A
 * refused signature (40103) or timestamp (40105) is followed by an unsigned {@code /auth/v2/ping}
 * that measures the offset of this machine's clock from Duo's: beyond {@link #SKEW_WINDOW} the
 * check reports {@link ValidationStatus#CLOCK_SKEW} with the offset, because Duo words a stale date
 * as a bad signature. Messages name the API and the fix, never a key. Thread-safe.
 */
public final class DuoApiValidator implements ApiValidator, TargetValidator {
  /** The clock offset beyond which a refused signature is blamed on the clock. */
  public static final Duration SKEW_WINDOW = Duration.ofMinutes(5);

  private static final Duration NOTABLE_SKEW = Duration.ofSeconds(30);
  private static final Duration CONNECT_LIMIT = Duration.ofSeconds(5);
  private static final Duration REQUEST_LIMIT = Duration.ofSeconds(10);

  private final DuoClientFactory clients;
  private final Clock clock;

  /**
   * @param clients builds the checking clients from the configuration's advanced settings
   * @param clock stamps each check
   */
  public DuoApiValidator(DuoClientFactory clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  @Override
  public ValidationReport validate(Configuration configuration) {
    Map<DuoApi, ApiCheck> checks = new EnumMap<>(DuoApi.class);
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      Map<DuoApi, Future<ApiCheck>> running = new EnumMap<>(DuoApi.class);
      for (DuoApi api : DuoApi.values()) {
        running.put(api, threads.submit(() -> check(configuration, api)));
      }
      running.forEach((api, future) -> checks.put(api, await(future)));
    }
    return new ValidationReport(checks);
  }

  private static ApiCheck await(Future<ApiCheck> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("validation was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("validation failed unexpectedly", e.getCause());
    }
  }

  private ApiCheck check(Configuration configuration, DuoApi api) {
    DuoTarget target = DuoClientFactory.target(configuration, api).orElse(null);
    if (target == null) {
      return ApiCheck.of(
          ValidationStatus.NOT_CONFIGURED,
          "No " + api.displayName() + " keys are set, so nothing was checked.",
          clock.instant());
    }
    return check(configuration.advanced(), api, target);
  }

  @Override
  public ApiCheck check(AdvancedSettings advanced, DuoApi api, DuoTarget target) {
    DuoClient client;
    try {
      client = clients.checkingClient(advanced, CONNECT_LIMIT, REQUEST_LIMIT);
    } catch (RuntimeException unusableTrust) {
      return ApiCheck.of(
          ValidationStatus.TLS_FAILURE,
          "The trust store in the advanced settings cannot be used ("
              + unusableTrust.getMessage()
              + "): fix advanced.trust_store_path, or remove it to use the JDK's CAs.",
          clock.instant());
    }
    try (client) {
      return callAndCheck(client, api, target);
    }
  }

  /** Runs the check call; failures are examined while the client is still open (to ping). */
  private ApiCheck callAndCheck(DuoClient client, DuoApi api, DuoTarget target) {
    try {
      call(client, api, target);
    } catch (DuoApiException e) {
      return failure(client, api, target, e);
    }
    return ApiCheck.of(
        ValidationStatus.OK,
        "The " + api.displayName() + " at " + target.host() + " accepted the keys.",
        clock.instant());
  }

  private static void call(DuoClient client, DuoApi api, DuoTarget target) {
    switch (api) {
      case AUTH -> client.auth(target).check();
      case ACCOUNTS -> client.accounts(target).list();
      case ADMIN -> client.admin(target).info().summary();
    }
  }

  private ApiCheck failure(DuoClient client, DuoApi api, DuoTarget target, DuoApiException e) {
    Instant now = clock.instant();
    ValidationMessages words = new ValidationMessages(api, target.host());
    if (e instanceof DuoConnectionException connection) {
      return connectionFailure(connection, words, now);
    }
    int code = e.code().orElse(e.status());
    if (e instanceof DuoAuthenticationException) {
      if (code == 40102) {
        return ApiCheck.of(ValidationStatus.UNKNOWN_INTEGRATION_KEY, words.unknownIkey(), now);
      }
      if (code == 40103 || code == 40105) {
        List<Duration> offset = measureSkew(client, target);
        boolean skewed = !offset.isEmpty() && offset.get(0).abs().compareTo(SKEW_WINDOW) > 0;
        if (code == 40105 || skewed) {
          Duration measured = offset.isEmpty() ? Duration.ZERO : offset.get(0);
          return ApiCheck.clockSkew(measured, words.clockSkew(measured, !offset.isEmpty()), now);
        }
        String note =
            !offset.isEmpty() && offset.get(0).abs().compareTo(NOTABLE_SKEW) > 0
                ? words.skewNote(offset.get(0))
                : "";
        return ApiCheck.of(ValidationStatus.WRONG_SECRET_KEY, words.wrongSkey() + note, now);
      }
    }
    if (e instanceof DuoForbiddenException) {
      boolean wrongType =
          e.messageDetail()
              .map(d -> d.toLowerCase(java.util.Locale.ROOT).contains("integration type"))
              .orElse(false);
      if (wrongType) {
        return ApiCheck.duoError(code, words.wrongIntegrationType(), now);
      }
      if (api == DuoApi.ADMIN) {
        return ApiCheck.missingPermission(
            ValidationMessages.READ_INFO_GRANT,
            words.missingGrant(ValidationMessages.READ_INFO_GRANT),
            now);
      }
    }
    if (e instanceof DuoRateLimitedException) {
      return ApiCheck.of(ValidationStatus.RATE_LIMITED, words.rateLimited(), now);
    }
    boolean accountIdMissing =
        api == DuoApi.ADMIN
            && code == 40002
            && e.messageDetail().map(d -> d.contains("account_id")).orElse(false);
    return ApiCheck.duoError(
        code, accountIdMissing ? words.accountsKeysAsAdmin() : words.duoError(e, code), now);
  }

  private static ApiCheck connectionFailure(
      DuoConnectionException e, ValidationMessages words, Instant now) {
    return switch (e.kind()) {
      case TLS -> ApiCheck.of(ValidationStatus.TLS_FAILURE, words.tls(), now);
      case UNKNOWN_HOST -> ApiCheck.of(ValidationStatus.HOST_UNREACHABLE, words.unknownHost(), now);
      case CONNECTION_REFUSED ->
          ApiCheck.of(ValidationStatus.HOST_UNREACHABLE, words.refused(), now);
      case CONNECT_TIMEOUT, TIMEOUT ->
          ApiCheck.of(ValidationStatus.HOST_UNREACHABLE, words.timeout(), now);
      case INTERRUPTED, IO -> ApiCheck.of(ValidationStatus.HOST_UNREACHABLE, words.io(), now);
    };
  }

  /** The measured offset (Duo minus us) as a list of zero or one, from ping or a Date header. */
  private static List<Duration> measureSkew(DuoClient client, DuoTarget target) {
    List<Duration> result = new ArrayList<>();
    try {
      result.add(client.measureSkew(target));
    } catch (DuoApiException pingFailed) {
      client.clockSkew().ifPresent(result::add);
    }
    return result;
  }
}
