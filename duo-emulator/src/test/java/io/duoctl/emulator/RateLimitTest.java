package io.duoctl.emulator;

import static io.duoctl.emulator.RequestVerificationTest.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Token buckets per integration (or per account) and endpoint class (signing-auth-accounts.md §3).
 */
class RateLimitTest {

  private DuoEmulator duo;
  private Account msp;
  private Account child;
  private IntegrationKeys accounts;

  @BeforeEach
  void start() {
    duo =
        DuoEmulator.builder()
            .clock(EmulatorClock.fixedAt(Instant.parse("2026-05-01T00:00:00Z")))
            .rateLimits(RateLimits.duoDefaults().with(RateClass.GET_PAGE, 3))
            .build()
            .start();
    msp = duo.givenParentAccount("MSP");
    child = duo.givenChildAccount(msp, "Child");
    accounts = duo.givenAccountsApi(msp);
  }

  @AfterEach
  void stop() {
    duo.close();
  }

  private Reply edition(IntegrationKeys keys) {
    return SignedCall.get(duo, keys, "/admin/v1/billing/edition")
        .param("account_id", child.id())
        .send();
  }

  @Test
  void beyondTheAllowance_is429_42901_withoutRetryAfter_section3() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(edition(accounts).status()).isEqualTo(200);
    }

    Reply limited = edition(accounts);

    assertFailure(limited, 429, 42901, "Too Many Requests");
    assertThat(limited.hasHeader("Retry-After")).isFalse();
    assertThat(limited.json().toString())
        .isEqualTo("{\"code\":42901,\"message\":\"Too Many Requests\",\"stat\":\"FAIL\"}");
  }

  @Test
  void bucket_refillsAsTheClockAdvances() {
    for (int i = 0; i < 3; i++) {
      edition(accounts);
    }
    assertThat(edition(accounts).status()).isEqualTo(429);

    duo.clock().advance(Duration.ofSeconds(20));

    assertThat(edition(accounts).status()).isEqualTo(200);
    assertThat(edition(accounts).status()).isEqualTo(429);
  }

  @Test
  void buckets_arePerIntegration() {
    IntegrationKeys other = duo.givenAccountsApi(msp);
    for (int i = 0; i < 3; i++) {
      edition(accounts);
    }

    assertThat(edition(other).status()).isEqualTo(200);
  }

  @Test
  void buckets_arePerEndpointClass() {
    for (int i = 0; i < 3; i++) {
      edition(accounts);
    }

    Reply modify =
        SignedCall.post(duo, accounts, "/admin/v1/billing/edition")
            .param("account_id", child.id())
            .param("edition", "BEYOND")
            .send();

    assertThat(modify.status()).isEqualTo(200);
  }

  @Test
  void integrationScope_childrenReachedWithTheParentsKeysShareOneBucket() {
    Account sibling = duo.givenChildAccount(msp, "Sibling");
    for (int i = 0; i < 3; i++) {
      edition(accounts);
    }

    assertThat(editionOf(sibling).status()).isEqualTo(429);
  }

  @Test
  void accountScope_eachChildAccountHasItsOwnBucket() {
    duo.rateLimitScope(RateLimitScope.ACCOUNT);
    Account sibling = duo.givenChildAccount(msp, "Sibling");
    for (int i = 0; i < 3; i++) {
      assertThat(edition(accounts).status()).isEqualTo(200);
    }

    assertThat(edition(accounts).status()).as("the child's own allowance is spent").isEqualTo(429);
    assertThat(editionOf(sibling).status()).isEqualTo(200);
    assertThat(edition(duo.givenAccountsApi(msp)).status())
        .as("another key of the same parent does not help the child")
        .isEqualTo(429);
  }

  @Test
  void scope_isIntegrationByDefault_andResetRestoresTheConfiguredOne() {
    assertThat(duo.rateLimitScope()).isEqualTo(RateLimitScope.INTEGRATION);
    duo.rateLimitScope(RateLimitScope.ACCOUNT);

    duo.reset();

    assertThat(duo.rateLimitScope()).isEqualTo(RateLimitScope.INTEGRATION);
    try (DuoEmulator perAccount =
        DuoEmulator.builder().rateLimitScope(RateLimitScope.ACCOUNT).build()) {
      assertThat(perAccount.rateLimitScope()).isEqualTo(RateLimitScope.ACCOUNT);
    }
  }

  private Reply editionOf(Account account) {
    return SignedCall.get(duo, accounts, "/admin/v1/billing/edition")
        .param("account_id", account.id())
        .send();
  }

  @Test
  void limits_canBeSwitchedOffAtRunTime() {
    for (int i = 0; i < 3; i++) {
      edition(accounts);
    }
    duo.rateLimits(RateLimits.none());

    assertThat(edition(accounts).status()).isEqualTo(200);
    assertThat(duo.rateLimits().perMinute()).isEqualTo(Map.of());
  }

  @Test
  void eachLogEndpoint_hasItsOwnTwoPerMinute_section4() {
    IntegrationKeys admin = duo.givenAdminApi(child);
    long now = Instant.parse("2026-05-01T00:00:00Z").toEpochMilli();
    java.util.function.Function<String, Reply> read =
        path ->
            path.startsWith("/admin/v1/")
                ? SignedCall.get(duo, admin, path).param("mintime", "0").send()
                : SignedCall.get(duo, admin, path)
                    .param("mintime", Long.toString(now - 3_600_000))
                    .param("maxtime", Long.toString(now))
                    .send();

    assertThat(read.apply("/admin/v2/logs/authentication").status()).isEqualTo(200);
    assertThat(read.apply("/admin/v2/logs/authentication").status()).isEqualTo(200);
    assertThat(read.apply("/admin/v2/logs/authentication").status()).isEqualTo(429);
    assertThat(read.apply("/admin/v2/logs/telephony").status()).isEqualTo(200);
    assertThat(read.apply("/admin/v2/logs/activity").status()).isEqualTo(200);
    assertThat(read.apply("/admin/v1/logs/administrator").status()).isEqualTo(200);
    duo.clock().advance(Duration.ofSeconds(30));
    assertThat(read.apply("/admin/v2/logs/authentication").status()).isEqualTo(200);
  }
}
