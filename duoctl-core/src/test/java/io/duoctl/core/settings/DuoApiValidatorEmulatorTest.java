package io.duoctl.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.secrets.Secret;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Permission;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validation against the emulator over real HTTP, one kind of wrong input per test. */
class DuoApiValidatorEmulatorTest {
  static DuoEmulator duo;
  static Account parent;
  static IntegrationKeys auth;
  static IntegrationKeys accounts;
  static IntegrationKeys admin;

  final DuoApiValidator validator =
      new DuoApiValidator(new DuoClientFactory(Clock.systemUTC(), d -> {}), Clock.systemUTC());

  @BeforeAll
  static void start() {
    duo = DuoEmulator.builder().seed(11).build().start();
    parent = duo.givenParentAccount("Acme MSP");
    auth = duo.givenAuthApi(parent);
    accounts = duo.givenAccountsApi(parent);
    admin = duo.givenAdminApi(parent);
  }

  @AfterAll
  static void stop() {
    duo.close();
  }

  static AdvancedSettings throughEmulator() {
    return AdvancedSettings.defaults()
        .withAllowPlainHttp(true)
        .withProxy(new ProxySettings("127.0.0.1", duo.proxyAddress().getPort(), null, null));
  }

  static ApiCredentials keys(IntegrationKeys k) {
    return new ApiCredentials(k.apiHostname(), k.integrationKey(), Secret.of(k.secretKey()));
  }

  static Configuration configuration(Map<DuoApi, ApiCredentials> apis, AdvancedSettings advanced) {
    return new Configuration(
        "test", true, apis, advanced, ValidationReport.empty(), Instant.now(), Instant.now());
  }

  static Configuration allThree() {
    return configuration(
        Map.of(DuoApi.AUTH, keys(auth), DuoApi.ACCOUNTS, keys(accounts), DuoApi.ADMIN, keys(admin)),
        throughEmulator());
  }

  ApiCheck validateAdmin(ApiCredentials credentials, AdvancedSettings advanced) {
    ValidationReport report =
        validator.validate(configuration(Map.of(DuoApi.ADMIN, credentials), advanced));
    assertThat(report.check(DuoApi.AUTH).orElseThrow().status())
        .isEqualTo(ValidationStatus.NOT_CONFIGURED);
    return report.check(DuoApi.ADMIN).orElseThrow();
  }

  @Test
  void validate_rightKeysForAllThreeApis_isOkForEach() {
    ValidationReport report = validator.validate(allThree());

    assertThat(report.checks())
        .allSatisfy((api, check) -> assertThat(check.status()).isEqualTo(ValidationStatus.OK));
    assertThat(report.allOk()).isTrue();
    assertThat(report.check(DuoApi.ADMIN).orElseThrow().message())
        .contains("Admin API")
        .contains(admin.apiHostname());
  }

  @Test
  void validate_wrongSecretKey_saysWhichSecretKeyIsWrongAndWhereToCopyIt() {
    String wrong = "w".repeat(40);
    ApiCheck check =
        validateAdmin(
            new ApiCredentials(admin.apiHostname(), admin.integrationKey(), Secret.of(wrong)),
            throughEmulator());

    assertThat(check.status()).isEqualTo(ValidationStatus.WRONG_SECRET_KEY);
    assertThat(check.message())
        .startsWith("The Admin API secret key is wrong: copy it again from Applications → Admin")
        .doesNotContain(wrong)
        .doesNotContain(admin.secretKey());
  }

  @Test
  void validate_unknownIntegrationKey_saysDuoDoesNotKnowIt() {
    ApiCheck check =
        validateAdmin(
            new ApiCredentials(
                admin.apiHostname(), "DIXXXXXXXXXXXXXXXXXX", Secret.of(admin.secretKey())),
            throughEmulator());

    assertThat(check.status()).isEqualTo(ValidationStatus.UNKNOWN_INTEGRATION_KEY);
    assertThat(check.message())
        .contains("does not know the Admin API integration key")
        .doesNotContain("DIXXXXXXXXXXXXXXXXXX")
        .doesNotContain(admin.secretKey());
  }

  @Test
  void validate_hostThatDoesNotResolve_isUnreachable() {
    ApiCheck check =
        validateAdmin(
            new ApiCredentials(
                "api-nowhere.invalid", admin.integrationKey(), Secret.of(admin.secretKey())),
            AdvancedSettings.defaults());

    assertThat(check.status()).isEqualTo(ValidationStatus.HOST_UNREACHABLE);
    assertThat(check.message()).contains("api-nowhere.invalid does not resolve");
  }

  @Test
  void validate_hostnameTheProxyDoesNotKnow_isUnreachable() {
    ApiCheck check =
        validateAdmin(
            new ApiCredentials(
                "api-nowhere.duo.test", admin.integrationKey(), Secret.of(admin.secretKey())),
            throughEmulator());

    assertThat(check.status()).isEqualTo(ValidationStatus.HOST_UNREACHABLE);
  }

  @Test
  void validate_hostWhereNothingListens_isUnreachable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    ApiCheck check =
        validateAdmin(
            new ApiCredentials(
                "127.0.0.1:" + closedPort, admin.integrationKey(), Secret.of(admin.secretKey())),
            AdvancedSettings.defaults().withAllowPlainHttp(true));

    assertThat(check.status()).isEqualTo(ValidationStatus.HOST_UNREACHABLE);
    assertThat(check.message()).contains("refused the connection");
  }

  @Test
  void validate_untrustedCertificate_isATlsFailure() {
    ApiCheck check = validateAdmin(keys(admin), throughEmulator().withAllowPlainHttp(false));

    assertThat(check.status()).isEqualTo(ValidationStatus.TLS_FAILURE);
    assertThat(check.message()).contains("trust store");
  }

  @Test
  void validate_overTlsWithTheEmulatorsCaAsTrustStore_isOk(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path ca = duo.writeCaCertificate(dir.resolve("ca.pem"));
    ApiCheck check =
        validateAdmin(
            keys(admin),
            throughEmulator().withAllowPlainHttp(false).withTrustStorePath(ca.toString()));

    assertThat(check.status()).isEqualTo(ValidationStatus.OK);
  }

  @Test
  void validate_whenDuosClockIsTenMinutesAhead_reportsClockSkewWithTheMeasuredOffset() {
    try (DuoEmulator skewed = DuoEmulator.builder().seed(12).build().start()) {
      Account msp = skewed.givenParentAccount("Skewed MSP");
      Configuration configuration =
          configuration(
              Map.of(
                  DuoApi.AUTH, keys(skewed.givenAuthApi(msp)),
                  DuoApi.ACCOUNTS, keys(skewed.givenAccountsApi(msp)),
                  DuoApi.ADMIN, keys(skewed.givenAdminApi(msp))),
              AdvancedSettings.defaults()
                  .withAllowPlainHttp(true)
                  .withProxy(
                      new ProxySettings("127.0.0.1", skewed.proxyAddress().getPort(), null, null)));
      skewed.clock().advance(Duration.ofMinutes(10));

      ValidationReport report = validator.validate(configuration);

      assertThat(report.checks())
          .allSatisfy(
              (api, check) -> {
                assertThat(check.status()).isEqualTo(ValidationStatus.CLOCK_SKEW);
                assertThat(check.clockOffset())
                    .isBetween(Duration.ofSeconds(598), Duration.ofSeconds(602));
                assertThat(check.message())
                    .containsPattern("is (9 min 5\\d|10 min \\d) s behind Duo's")
                    .contains("synchronise the clock");
              });
    }
  }

  @Test
  void validate_adminApplicationWithoutReadInformation_namesTheMissingGrant() {
    IntegrationKeys readOnly = duo.givenAdminApi(parent, Permission.ADMIN_READ_RESOURCE);

    ApiCheck check = validateAdmin(keys(readOnly), throughEmulator());

    assertThat(check.status()).isEqualTo(ValidationStatus.MISSING_PERMISSION);
    assertThat(check.missingGrant()).isEqualTo("Grant read information");
    assertThat(check.message())
        .contains("keys are right")
        .contains("\"Grant read information\"")
        .contains("Permissions");
  }

  @Test
  void validate_authKeysEnteredAsAdminKeys_saysTheyBelongToAnotherApplication() {
    ApiCheck check = validateAdmin(keys(auth), throughEmulator());

    assertThat(check.status()).isEqualTo(ValidationStatus.DUO_ERROR);
    assertThat(check.duoCode()).isEqualTo(40301);
    assertThat(check.message()).contains("another kind of Duo application");
  }

  @Test
  void validate_rateLimited_isReportedAsSuch() {
    duo.faults().rateLimitNext(1);

    ApiCheck check = validateAdmin(keys(admin), throughEmulator());

    assertThat(check.status()).isEqualTo(ValidationStatus.RATE_LIMITED);
    assertThat(check.message()).contains("wait a minute");
  }
}
