package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.EmulatorLauncher.LogOptions;
import io.duoctl.emulator.EmulatorLauncher.Options;
import io.duoctl.emulator.admin.history.AccountLogs;
import io.duoctl.emulator.admin.history.LogKind;
import io.duoctl.emulator.admin.history.LoggedEvent;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code --log-days}, the per-day counts and live rates of generated tenants, and their checks. */
@Tag("slow")
class EmulatorLogOptionsTest {

  private static Options generated(int tenants, int users, LogOptions logs) {
    return new Options(
            0,
            "127.0.0.1",
            null,
            tenants,
            users,
            3,
            0,
            0,
            false,
            null,
            false,
            RateLimitScope.INTEGRATION)
        .withLogs(logs);
  }

  @Test
  void logDays_seedAllFourLogsOfEveryGeneratedTenant_readableThroughTheControlEndpoint()
      throws Exception {
    LogOptions logs = new LogOptions(3, 40, 4, 6, 8, 0, 0);

    try (DuoEmulator duo = EmulatorLauncher.start(generated(2, 15, logs))) {
      List<Account> children = new ArrayList<>(duo.world().accounts());
      Account parent = children.remove(0);
      assertThat(AccountLogs.of(duo.world(), parent).events(LogKind.AUTHENTICATION)).isEmpty();
      for (Account child : children) {
        AccountLogs logged = AccountLogs.of(duo.world(), child);
        assertThat(logged.events(LogKind.AUTHENTICATION)).hasSizeBetween(40, 4 * 40);
        assertThat(logged.events(LogKind.ADMINISTRATOR)).hasSizeBetween(4, 4 * 4);
        assertThat(logged.events(LogKind.TELEPHONY)).hasSizeBetween(6, 4 * 6);
        assertThat(logged.events(LogKind.ACTIVITY)).hasSizeBetween(8, 4 * 8);
      }
      Account first = children.get(0);
      HttpResponse<String> answer =
          SignedCall.HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          duo.baseUrl()
                              + "/__emulator/logs?account_id="
                              + first.id()
                              + "&log=telephony"))
                  .header("Authorization", "Bearer " + duo.controlToken())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode events = SignedCall.JSON.readTree(answer.body());
      List<LoggedEvent> held = AccountLogs.of(duo.world(), first).events(LogKind.TELEPHONY);
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(events).hasSize(held.size());
      assertThat(events.get(0).get("id").asText()).isEqualTo(held.get(0).id());
      assertThat(events.get(0).get("ts").asLong()).isEqualTo(held.get(0).time().toEpochMilli());
    }
  }

  @Test
  void logOptions_outOfRangeOrWithoutWhatTheyNeed_areRefusedNamingTheFlag() {
    assertThatThrownBy(() -> new LogOptions(181, null, null, null, null, 0, 0))
        .hasMessage("--log-days must be 0..180, not 181");
    assertThatThrownBy(() -> new LogOptions(3, -1, null, null, null, 0, 0))
        .hasMessage("--auth-events-per-day must be 0..100000, not -1");
    assertThatThrownBy(() -> new LogOptions(null, 100, null, null, null, 0, 0))
        .hasMessage("--auth-events-per-day needs --log-days");
    assertThatThrownBy(() -> new LogOptions(null, null, null, null, null, -5, 0))
        .hasMessage("--live-auth-per-minute must be 0..60000, not -5");
    assertThatThrownBy(
            () ->
                new Options(
                        0,
                        "127.0.0.1",
                        "demo",
                        null,
                        null,
                        1,
                        0,
                        0,
                        false,
                        null,
                        false,
                        RateLimitScope.INTEGRATION)
                    .withLogs(new LogOptions(3, null, null, null, null, 0, 0)))
        .hasMessageStartingWith("--log-days needs --tenants");
  }

  @Test
  void defaults_withLogDaysOnly_andNoHistoryWithoutIt() {
    assertThat(new LogOptions(7, null, null, null, null, 0, 0).history(1))
        .satisfies(
            plan -> {
              assertThat(plan.days()).isEqualTo(7);
              assertThat(plan.authPerDay()).isEqualTo(LogOptions.DEFAULT_AUTH_PER_DAY);
              assertThat(plan.adminPerDay()).isEqualTo(5);
              assertThat(plan.telephonyPerDay()).isEqualTo(10);
              assertThat(plan.activityPerDay()).isEqualTo(20);
            });
    assertThat(LogOptions.NONE.history(1)).isNull();
    assertThat(LogOptions.NONE.live().any()).isFalse();
  }
}
