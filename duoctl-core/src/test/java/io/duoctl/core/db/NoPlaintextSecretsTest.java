package io.duoctl.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.mapping.MappingService;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationKeyService;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.secrets.MasterKey;
import io.duoctl.core.secrets.MasterKeyRotation;
import io.duoctl.core.secrets.MasterKeySource;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.secrets.SecretVault;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ApiCredentialsInput;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.InvalidSettingsException;
import io.duoctl.core.settings.ProxySettings;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.workflows.WorkflowLookup;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.core.workflows.connections.ConnectionService;
import io.duoctl.core.workflows.connections.NewConnection;
import io.duoctl.core.workflows.webhooks.NewWebhook;
import io.duoctl.core.workflows.webhooks.WebhookDeliveries;
import io.duoctl.core.workflows.webhooks.WebhookRefusedException;
import io.duoctl.core.workflows.webhooks.WebhookService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores every kind of secret in an embedded H2 database, closes it, and scans the database files,
 * the test log and error messages for the plaintexts.
 */
class NoPlaintextSecretsTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String IKEY = "DIVISIBLEMARKER00001";
  private static final List<String> SECRETS =
      List.of(
          "AuthSecretKey0000000000000000000000000Q1",
          "AcctSecretKey0000000000000000000000000Q2",
          "AdminSecretKey000000000000000000000000Q3",
          "OwnAdminSecretKey000000000000000000000Q4",
          "ProxyPasswordQ5xyz",
          "DirectoryKeyQ6-0123456789",
          "Bearer ConnectionHeaderQ7-psa-token");

  @TempDir Path dataDir;

  @Test
  void databaseFilesLogsAndErrors_neverContainAStoredSecret() throws Exception {
    List<String> errorMessages = new ArrayList<>();
    List<String> secrets = new ArrayList<>(SECRETS);
    try (Database database = Database.open(DatabaseConfig.embedded(dataDir))) {
      SecretVault vault =
          SecretVault.unlock(
              database.jdbi(),
              MasterKeySource.of(null, dataDir.resolve(MasterKeySource.KEY_FILE_NAME)),
              RANDOM);
      AuditLog audit = new AuditLog(database.jdbi(), Clock.systemUTC());
      SettingsService settings =
          new SettingsService(database.jdbi(), vault, audit, Clock.systemUTC());
      settings.save(
          ConfigurationUpdate.named("production")
              .withApi(DuoApi.AUTH, "api-1.duosecurity.com", IKEY, Secret.of(SECRETS.get(0)))
              .withApi(DuoApi.ACCOUNTS, "api-1.duosecurity.com", IKEY, Secret.of(SECRETS.get(1)))
              .withApi(DuoApi.ADMIN, "api-1.duosecurity.com", IKEY, Secret.of(SECRETS.get(2)))
              .withAdvanced(
                  AdvancedSettings.defaults()
                      .withProxy(
                          new ProxySettings(
                              "proxy.local", 3128, "svc", Secret.of(SECRETS.get(4))))),
          "alice");
      OrganizationService orgs =
          new OrganizationService(database.jdbi(), vault, settings, audit, Clock.systemUTC());
      Organization org =
          orgs.create(NewOrganization.named("Acme").withAccessMode(AccessMode.OWN_KEYS), "alice");
      OrganizationKeyService keys =
          new OrganizationKeyService(database.jdbi(), vault, audit, Clock.systemUTC());
      keys.setOwnKeys(
          org.id(),
          DuoApi.ADMIN,
          new ApiCredentialsInput("api-2.duosecurity.com", IKEY, Secret.of(SECRETS.get(3))),
          "alice");
      keys.setDirectoryKey(org.id(), Secret.of(SECRETS.get(5)), "alice");
      new MappingService(database.jdbi(), settings, orgs, audit, Clock.systemUTC()).accounts(null);
      ConnectionService connections =
          new ConnectionService(database.jdbi(), vault, audit, Clock.systemUTC());
      connections.create(
          new NewConnection(
              "psa",
              "https://psa.example.com/api",
              Map.of("Authorization", Secret.of(SECRETS.get(6))),
              null),
          "alice");
      errorMessages.add(connections.get("psa").toString());
      try {
        settings.save(
            ConfigurationUpdate.named("production")
                .withApi(DuoApi.ADMIN, "https://bad/", "DI", Secret.of(SECRETS.get(2) + "x")),
            "alice");
      } catch (InvalidSettingsException e) {
        errorMessages.add(e.getMessage());
      }
      errorMessages.add(settings.get("production").toString());
      errorMessages.add(orgs.get(org.id()).toString());
      WebhookService webhooks =
          new WebhookService(
              database.jdbi(),
              vault,
              audit,
              settings,
              WorkflowLookup.of(
                  new Workflows(StandardActions.catalog(), Clock.systemUTC())::builtIns),
              Clock.systemUTC(),
              RANDOM);
      NewWebhook webhook =
          new NewWebhook(
              "psa", "offboard-everywhere", "{'user': payload.u}", Optional.empty(), true);
      secrets.add(webhooks.create(webhook, "alice").secret().reveal());
      secrets.add(webhooks.rotateSecret("psa", "alice").secret().reveal());
      try {
        new WebhookDeliveries(
                database.jdbi(),
                vault,
                request -> "run",
                Clock.systemUTC(),
                WebhookDeliveries.DEFAULT_REPLAY_WINDOW)
            .receive("psa", "1", "sha256=" + "0".repeat(64), new byte[] {'{', '}'});
      } catch (WebhookRefusedException e) {
        errorMessages.add(e.getMessage());
      }
      errorMessages.add(webhooks.list().toString());
      errorMessages.add(audit.find(AuditQuery.all()).toString());
      new MasterKeyRotation(database.jdbi(), vault, audit)
          .rotate(MasterKey.generate(RANDOM), "alice");
    }

    byte[] databaseBytes = databaseFileBytes();
    String log = Files.readString(Path.of("target/duoctl-core-test.log"), StandardCharsets.UTF_8);

    assertThat(contains(databaseBytes, IKEY)).as("the scan sees plain stored text").isTrue();
    assertThat(log).as("the scan sees the log").contains("HikariPool");
    for (String secret : secrets) {
      assertThat(contains(databaseBytes, secret)).as("database files contain %s", secret).isFalse();
      assertThat(log).doesNotContain(secret);
      assertThat(errorMessages).noneMatch(m -> m.contains(secret));
    }
  }

  private byte[] databaseFileBytes() throws IOException {
    var all = new java.io.ByteArrayOutputStream();
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().equals(MasterKeySource.KEY_FILE_NAME))
              .toList()) {
        all.write(Files.readAllBytes(file));
      }
    }
    assertThat(all.size()).as("H2 wrote its file").isGreaterThan(0);
    return all.toByteArray();
  }

  private static boolean contains(byte[] haystack, String needle) {
    byte[][] encodings = {
      needle.getBytes(StandardCharsets.UTF_8), needle.getBytes(StandardCharsets.UTF_16BE)
    };
    for (byte[] n : encodings) {
      outer:
      for (int i = 0; i <= haystack.length - n.length; i++) {
        for (int j = 0; j < n.length; j++) {
          if (haystack[i + j] != n[j]) {
            continue outer;
          }
        }
        return true;
      }
    }
    return false;
  }
}
