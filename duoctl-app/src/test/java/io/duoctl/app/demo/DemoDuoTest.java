package io.duoctl.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.EmulatorLauncher;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDuoTest {

  @Test
  void theEmulatorsDemoFixture_givesTheParentExactlyTheApplicationsTheDemoConfigures() {
    var options =
        new EmulatorLauncher.Options(
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
            true,
            RateLimitScope.INTEGRATION);
    try (DuoEmulator standalone = EmulatorLauncher.start(options);
        DemoDuo demo = DemoDuo.start(0)) {
      Account parent = demo.parent();

      assertThat(applications(standalone, parent))
          .containsExactlyInAnyOrder(demo.accountsApi(), demo.adminApi(), demo.authApi())
          .isEqualTo(applications(demo.emulator(), parent));
    }
  }

  private static List<IntegrationKeys> applications(DuoEmulator duo, Account account) {
    return Arrays.stream(IntegrationType.values())
        .flatMap(type -> duo.integrationKeys(account, type).stream())
        .toList();
  }
}
