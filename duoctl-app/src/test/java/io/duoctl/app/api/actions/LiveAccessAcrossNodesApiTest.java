package io.duoctl.app.api.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.access.ApiToken;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over real HTTP, with a second node on the same database: what the server keeps in memory for
 * speed (the configurations, the tokens' last use) never hides a change. A configuration changed
 * through the API or on the other node is what the next request sees; a token revoked on the other
 * node is refused at once; a token's first use is stored at once.
 */
@Tag("slow")
class LiveAccessAcrossNodesApiTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;
  Duoctl otherNode;
  String adminToken;

  @BeforeEach
  void twoNodes() {
    api = new MspApi(duo.emulator(), dataDir, List.of("Acme"));
    adminToken = api.token("admin", ApiScope.ADMIN);
    Clock clock = Clock.systemUTC();
    otherNode =
        Duoctl.start(
            new AppConfig(dataDir, null, null, null, null, "cli:node2"),
            clock,
            new DuoClientFactory(clock, wait -> {}));
  }

  @AfterEach
  void stop() {
    otherNode.close();
    api.close();
  }

  private long requestTimeout() {
    Reply shown = api.get("/api/v1/configurations/default", adminToken);
    assertThat(shown.status()).as(shown.text()).isEqualTo(200);
    return shown.json().path("advanced").path("request_timeout").asLong();
  }

  @Test
  void aChangeThroughTheApi_isWhatTheNextRequestSees() {
    assertThat(requestTimeout()).isEqualTo(60);

    Reply patched =
        api.send(
            "PATCH",
            "/api/v1/configurations/default?validate=false",
            adminToken,
            "{'advanced': {'request_timeout': 7}}");

    assertThat(patched.status()).as(patched.text()).isEqualTo(200);
    assertThat(requestTimeout()).isEqualTo(7);
  }

  @Test
  void aChangeOnTheOtherNode_isWhatTheNextRequestSees() {
    assertThat(requestTimeout()).isEqualTo(60);
    AdvancedSettings stored = otherNode.settings().get("default").advanced();

    otherNode
        .settings()
        .change(
            ConfigurationUpdate.named("default")
                .withAdvanced(stored.withTimeouts(stored.connectTimeout(), Duration.ofSeconds(9))),
            "cli:node2");

    assertThat(requestTimeout()).isEqualTo(9);
  }

  @Test
  void aTokenRevokedOnTheOtherNode_isRefusedAtOnce() {
    assertThat(api.get("/api/v1/organizations", api.readToken).status()).isEqualTo(200);

    otherNode.apiTokens().revoke("reader", "cli:node2");

    Reply refused = api.get("/api/v1/organizations", api.readToken);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.code()).isEqualTo("unauthorized");
  }

  @Test
  void aTokensFirstUse_isStoredAtOnce_forEveryNodeToShow() {
    assertThat(otherNode.apiTokens().find("reader").orElseThrow().lastUsedAt()).isEmpty();

    assertThat(api.get("/api/v1/organizations", api.readToken).status()).isEqualTo(200);

    ApiToken seen = otherNode.apiTokens().find("reader").orElseThrow();
    assertThat(seen.lastUsedAt()).isPresent();
  }
}
