package io.duoctl.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class SettingsServiceContract {
  static final String ADMIN_HOST = "api-1234abcd.duosecurity.com";
  static final String ADMIN_IKEY = "DIWJ8X6AEYOR5OMC6TQ1";
  static final Secret ADMIN_SKEY = Secret.of("Zh5eGmUq9zpfQnyUIu5OL9iWoMMv5ZNmk3zLJ4Ep");
  static final String AUTH_IKEY = "DIAUTH0000000000000A";
  static final Secret AUTH_SKEY = Secret.of("authsecretauthsecretauthsecretauthsecret");
  static final String ACCOUNTS_IKEY = "DIACCT0000000000000B";
  static final Secret ACCOUNTS_SKEY = Secret.of("acctsecretacctsecretacctsecretacctsecrXY");

  @TempDir Path dir;
  CoreFixture fixture;
  SettingsService settings;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    settings = new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  static ConfigurationUpdate allNine(String name) {
    return ConfigurationUpdate.named(name)
        .withApi(DuoApi.AUTH, ADMIN_HOST, AUTH_IKEY, AUTH_SKEY)
        .withApi(DuoApi.ACCOUNTS, ADMIN_HOST, ACCOUNTS_IKEY, ACCOUNTS_SKEY)
        .withApi(DuoApi.ADMIN, ADMIN_HOST, ADMIN_IKEY, ADMIN_SKEY);
  }

  @Test
  void get_again_readsOnlyTheSettingsVersion_notTheConfigurationAndItsSecrets() {
    settings.save(allNine("production"), "alice");
    settings.get(null);
    AtomicInteger statements = new AtomicInteger();
    fixture
        .jdbi()
        .setSqlLogger(
            new SqlLogger() {
              @Override
              public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
              }
            });

    Configuration again = settings.get(null);
    settings.revision("production");

    assertThat(again.credentials(DuoApi.ADMIN).orElseThrow().secretKey()).isEqualTo(ADMIN_SKEY);
    assertThat(statements).as("one version read per call").hasValue(2);
  }

  @Test
  void get_afterAnotherNodeSaved_returnsWhatItSaved_andSeesItsNewDefault() {
    SettingsService otherNode =
        new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    settings.save(allNine("production"), "alice");
    settings.save(allNine("staging"), "alice");
    assertThat(settings.get(null).name()).isEqualTo("production");
    long revision = settings.revision("production");

    otherNode.change(
        ConfigurationUpdate.named("production")
            .withApi(DuoApi.ADMIN, ADMIN_HOST, "DINEWKEY000000000000", null),
        "bob");
    otherNode.makeDefault("staging", "bob");

    assertThat(settings.get("production").credentials(DuoApi.ADMIN).orElseThrow().integrationKey())
        .isEqualTo("DINEWKEY000000000000");
    assertThat(settings.revision("production")).isGreaterThan(revision);
    assertThat(settings.get(null).name()).isEqualTo("staging");
  }

  @Test
  void save_thenGet_returnsAllNineParametersWithDecryptedSecretKeys() {
    settings.save(allNine("production"), "alice");

    Configuration stored = settings.get("production");

    assertThat(stored.apis()).containsOnlyKeys(DuoApi.values());
    assertThat(stored.credentials(DuoApi.ADMIN))
        .contains(new ApiCredentials(ADMIN_HOST, ADMIN_IKEY, ADMIN_SKEY));
    assertThat(stored.credentials(DuoApi.AUTH).orElseThrow().secretKey()).isEqualTo(AUTH_SKEY);
    assertThat(stored.advanced()).isEqualTo(AdvancedSettings.defaults());
    assertThat(stored.createdAt())
        .isEqualTo(fixture.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
  }

  @Test
  void save_storesTheCallDeadlines_andRaisesTheRevisionOnEveryChange() {
    settings.save(allNine("production"), "alice");
    long before = settings.revision("production");

    settings.save(
        ConfigurationUpdate.named("production")
            .withAdvanced(
                AdvancedSettings.defaults()
                    .withCallDeadlines(Duration.ofSeconds(90), Duration.ofSeconds(15))),
        "alice");

    AdvancedSettings stored = settings.get("production").advanced();
    assertThat(stored.callDeadline()).isEqualTo(Duration.ofSeconds(90));
    assertThat(stored.syncCallDeadline()).isEqualTo(Duration.ofSeconds(15));
    assertThat(settings.revision("production")).isGreaterThan(before);
  }

  @Test
  void save_withACallDeadlineOfZero_namesTheField() {
    ConfigurationUpdate bad =
        allNine("production")
            .withAdvanced(
                AdvancedSettings.defaults()
                    .withCallDeadlines(Duration.ZERO, Duration.ofSeconds(5)));

    assertThatThrownBy(() -> settings.save(bad, "alice"))
        .isInstanceOfSatisfying(
            InvalidSettingsException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("advanced.call_deadline"));
  }

  @Test
  void save_acceptsAnySubsetOfTheApis() {
    settings.save(
        ConfigurationUpdate.named("single")
            .withApi(DuoApi.ADMIN, ADMIN_HOST, ADMIN_IKEY, ADMIN_SKEY),
        "alice");

    assertThat(settings.get("single").apis()).containsOnlyKeys(DuoApi.ADMIN);
  }

  @Test
  void save_normalizesHostCaseAndSurroundingSpaces() {
    settings.save(
        ConfigurationUpdate.named("p")
            .withApi(DuoApi.ADMIN, "  API-1234ABCD.duosecurity.com ", " " + ADMIN_IKEY, ADMIN_SKEY),
        "alice");

    assertThat(settings.get("p").credentials(DuoApi.ADMIN).orElseThrow().host())
        .isEqualTo(ADMIN_HOST);
  }

  @Test
  void save_withBadInput_reportsEveryFieldAtOnce_andStoresNothing() {
    ConfigurationUpdate bad =
        ConfigurationUpdate.named("production")
            .withApi(
                DuoApi.ADMIN,
                "https://api-1234abcd.duosecurity.com",
                "XX123",
                Secret.of("short-secret-value"))
            .withApi(DuoApi.AUTH, "api-1234abcd.duosecurity.com/auth/v2", AUTH_IKEY, null)
            .withAdvanced(
                AdvancedSettings.defaults().withTimeouts(Duration.ZERO, Duration.ofSeconds(5)));

    assertThatThrownBy(() -> settings.save(bad, "alice"))
        .isInstanceOfSatisfying(
            InvalidSettingsException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::field)
                  .containsExactlyInAnyOrder(
                      "admin.host",
                      "admin.integration_key",
                      "admin.secret_key",
                      "auth.host",
                      "auth.secret_key",
                      "advanced.connect_timeout");
              assertThat(e.errors())
                  .filteredOn(err -> err.field().equals("admin.host"))
                  .singleElement()
                  .satisfies(err -> assertThat(err.message()).contains("remove \"https://\""));
              assertThat(e.getMessage()).doesNotContain("short-secret-value");
            });
    assertThat(settings.list()).isEmpty();
    assertThat(fixture.audit.find(AuditQuery.all()).total()).isZero();
  }

  @Test
  void save_withoutASecretKey_keepsTheStoredOne() {
    settings.save(allNine("production"), "alice");

    settings.save(
        ConfigurationUpdate.named("production")
            .withApi(DuoApi.ADMIN, "api-9999ffff.duosecurity.com", ADMIN_IKEY, null),
        "bob");

    ApiCredentials admin = settings.get("production").credentials(DuoApi.ADMIN).orElseThrow();
    assertThat(admin.host()).isEqualTo("api-9999ffff.duosecurity.com");
    assertThat(admin.secretKey()).isEqualTo(ADMIN_SKEY);
  }

  @Test
  void save_thatFailsAfterWriting_leavesThePreviousSettingsIntact() {
    settings.save(allNine("production"), "alice");
    Clock brokenAuditClock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            throw new IllegalStateException("the audit log cannot be written");
          }
        };
    SettingsService failingAudit =
        new SettingsService(
            fixture.jdbi(),
            fixture.vault,
            new AuditLog(fixture.jdbi(), brokenAuditClock),
            fixture.clock);

    assertThatThrownBy(
            () ->
                failingAudit.save(
                    ConfigurationUpdate.named("production")
                        .withApi(
                            DuoApi.ADMIN,
                            "api-9999ffff.duosecurity.com",
                            ADMIN_IKEY,
                            Secret.of("N".repeat(40)))
                        .withoutApi(DuoApi.AUTH),
                    "bob"))
        .hasMessage("the audit log cannot be written");

    Configuration stored = settings.get("production");
    assertThat(stored.credentials(DuoApi.ADMIN))
        .contains(new ApiCredentials(ADMIN_HOST, ADMIN_IKEY, ADMIN_SKEY));
    assertThat(stored.credentials(DuoApi.AUTH)).isPresent();
  }

  @Test
  void withoutApi_removesThatApisKeys() {
    settings.save(allNine("production"), "alice");

    settings.save(ConfigurationUpdate.named("production").withoutApi(DuoApi.AUTH), "alice");

    assertThat(settings.get("production").apis()).containsOnlyKeys(DuoApi.ACCOUNTS, DuoApi.ADMIN);
  }

  @Test
  void firstConfigurationIsTheDefault_andMakeDefaultMovesIt() {
    settings.save(allNine("production"), "alice");
    settings.save(allNine("test"), "alice");

    assertThat(settings.get(null).name()).isEqualTo("production");
    settings.makeDefault("test", "alice");

    assertThat(settings.get(null).name()).isEqualTo("test");
    assertThat(settings.list())
        .extracting(Configuration::name, Configuration::isDefault)
        .containsExactly(tuple("production", false), tuple("test", true));
  }

  @Test
  void get_ofAnUnknownName_namesTheKnownOnes() {
    settings.save(allNine("production"), "alice");

    assertThatThrownBy(() -> settings.get("prod"))
        .isInstanceOf(ConfigurationNotFoundException.class)
        .hasMessageContaining("\"prod\"")
        .hasMessageContaining("production");
    assertThatThrownBy(
            () ->
                new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock)
                    .get("x"))
        .isInstanceOf(ConfigurationNotFoundException.class);
  }

  @Test
  void advancedSettings_roundTrip_andTheProxyPasswordIsWriteOnly() {
    AdvancedSettings advanced =
        AdvancedSettings.defaults()
            .withSignatureVersion(SignatureVersion.V2)
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(20))
            .withProxy(
                new ProxySettings("proxy.example.net", 3128, "svc", Secret.of("proxy-pass-123456")))
            .withTrustStorePath("/etc/duoctl/ca.pem")
            .withAllowPlainHttp(true);
    settings.save(allNine("production").withAdvanced(advanced), "alice");

    settings.save(
        ConfigurationUpdate.named("production")
            .withAdvanced(
                advanced.withProxy(new ProxySettings("proxy.example.net", 8080, "svc", null))),
        "alice");

    AdvancedSettings stored = settings.get("production").advanced();
    assertThat(stored.signatureVersion()).isEqualTo(SignatureVersion.V2);
    assertThat(stored.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(stored.requestTimeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(stored.trustStorePath()).isEqualTo("/etc/duoctl/ca.pem");
    assertThat(stored.allowPlainHttp()).isTrue();
    assertThat(stored.proxy())
        .isEqualTo(
            new ProxySettings("proxy.example.net", 8080, "svc", Secret.of("proxy-pass-123456")));
  }

  @Test
  void validate_storesTheReportWithTheSettings_andChangedKeysDropTheirCheck() {
    settings.save(allNine("production"), "alice");
    java.time.Instant at =
        fixture.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    ApiValidator validator =
        configuration ->
            new ValidationReport(
                Map.of(
                    DuoApi.ADMIN,
                        ApiCheck.missingPermission(
                            "Grant read information",
                            "Admin API key lacks Grant read information",
                            at),
                    DuoApi.AUTH,
                        ApiCheck.clockSkew(
                            Duration.ofSeconds(-412), "clock is 412 s ahead of Duo", at),
                    DuoApi.ACCOUNTS, ApiCheck.duoError(40002, "Invalid request parameters", at)));

    settings.validate("production", validator, "alice");

    ValidationReport report = settings.get("production").validation();
    assertThat(report.check(DuoApi.ADMIN).orElseThrow().missingGrant())
        .isEqualTo("Grant read information");
    assertThat(report.check(DuoApi.AUTH).orElseThrow().clockOffset())
        .isEqualTo(Duration.ofSeconds(-412));
    assertThat(report.check(DuoApi.ACCOUNTS).orElseThrow().duoCode()).isEqualTo(40002);
    assertThat(report.check(DuoApi.ADMIN).orElseThrow().checkedAt()).isEqualTo(at);

    settings.save(
        ConfigurationUpdate.named("production")
            .withApi(DuoApi.ADMIN, ADMIN_HOST, ADMIN_IKEY, Secret.of("M".repeat(40))),
        "alice");

    assertThat(settings.get("production").validation().checks())
        .containsOnlyKeys(DuoApi.AUTH, DuoApi.ACCOUNTS);
  }

  @Test
  void everyChange_isAudited_withSecretsRedacted() {
    settings.save(allNine("production"), "alice");
    settings.save(
        ConfigurationUpdate.named("production")
            .withApi(DuoApi.ADMIN, ADMIN_HOST, ADMIN_IKEY, Secret.of("M".repeat(40))),
        "bob");

    AuditEntry latest = fixture.audit.find(AuditQuery.all()).entries().get(0);

    assertThat(latest.actor()).isEqualTo("bob");
    assertThat(latest.subject()).isEqualTo(AuditSubject.CONFIGURATION);
    assertThat(latest.action()).isEqualTo("updated");
    assertThat(latest.changes())
        .containsExactly(
            new AuditChange("admin.secret_key", AuditChange.REDACTED, AuditChange.REDACTED));
    assertThat(fixture.audit.find(AuditQuery.all()).entries().get(1).changes().toString())
        .contains("admin.host")
        .doesNotContain(ADMIN_SKEY.reveal(), AUTH_SKEY.reveal(), ACCOUNTS_SKEY.reveal());
  }

  @Test
  void delete_removesTheConfigurationAndItsSecrets_andMovesTheDefault() {
    settings.save(allNine("production"), "alice");
    settings.save(allNine("test"), "alice");

    settings.delete("production", "alice");

    assertThat(settings.find("production")).isEmpty();
    assertThat(settings.get(null).name()).isEqualTo("test");
    int secrets =
        fixture
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT COUNT(*) FROM secret_value WHERE owner_id = 'production'")
                        .mapTo(Integer.class)
                        .one());
    assertThat(secrets).isZero();
  }
}
