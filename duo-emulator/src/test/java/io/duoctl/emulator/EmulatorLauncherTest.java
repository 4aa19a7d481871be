package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.EmulatorLauncher.Options;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorLauncherTest {

  @Test
  void demo_startsAndDescribesEveryHostnameAndKey(@TempDir Path dir) throws Exception {
    Path ca = dir.resolve("ca.pem");
    Options options =
        new Options(
            0,
            "127.0.0.1",
            "demo",
            null,
            null,
            1,
            0,
            0,
            true,
            ca,
            true,
            RateLimitScope.INTEGRATION);

    try (DuoEmulator duo = EmulatorLauncher.start(options)) {
      JsonNode described = SignedCall.JSON.readTree(duo.describeJson());

      assertThat(described.get("base_url").asText()).isEqualTo(duo.baseUrl());
      assertThat(described.get("proxy").asText()).isEqualTo("127.0.0.1:" + duo.port());
      assertThat(described.get("control_token").asText()).isEqualTo(duo.controlToken());
      assertThat(described.get("ca_certificate_path").asText()).isEqualTo(ca.toString());
      assertThat(Files.readString(ca)).isEqualTo(duo.caCertificatePem());
      assertThat(described.get("accounts")).hasSize(4);
      JsonNode integration = described.get("accounts").get(1).get("integrations").get(0);
      assertThat(integration.get("secret_key").asText()).hasSize(40);
    }
  }

  @Test
  void generatedTenants_areServed_andTheirKeysWork() {
    Options options =
        new Options(
            0, "127.0.0.1", null, 2, null, 42, 0, 0, false, null, true, RateLimitScope.INTEGRATION);

    try (DuoEmulator duo = EmulatorLauncher.start(options)) {
      var child = duo.world().accounts().get(1);
      var auth =
          duo.world().integrationsOf(child.id()).stream()
              .filter(i -> i.type().duoName().equals("authapi"))
              .findFirst()
              .orElseThrow();
      IntegrationKeys keys =
          new IntegrationKeys(
              auth.integrationKey(),
              auth.secretKey(),
              child.apiHostname(),
              child.id(),
              auth.type());

      assertThat(SignedCall.get(duo, keys, "/auth/v2/check").send().status()).isEqualTo(200);
    }
  }

  @Test
  void fixtureAndTenantsTogether_areRefused() {
    assertThatThrownBy(
            () ->
                new Options(
                    0,
                    "127.0.0.1",
                    "demo",
                    3,
                    null,
                    1,
                    0,
                    0,
                    true,
                    null,
                    true,
                    RateLimitScope.INTEGRATION))
        .hasMessageContaining("either --fixture or --tenants");
  }

  @Test
  void usersWithoutTenants_areRefused() {
    assertThatThrownBy(
            () ->
                new Options(
                    0,
                    "127.0.0.1",
                    null,
                    null,
                    5,
                    1,
                    0,
                    0,
                    true,
                    null,
                    true,
                    RateLimitScope.INTEGRATION))
        .hasMessageContaining("--users needs --tenants");
  }
}
