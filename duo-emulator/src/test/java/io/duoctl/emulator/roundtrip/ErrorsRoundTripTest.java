package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoAuthenticationException;
import io.duoctl.client.DuoForbiddenException;
import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.administrators.NewAdministrator;
import io.duoctl.client.admin.settings.SettingsUpdate;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Permission;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Duo's error replies reach the caller as the client's exception for what to do next, carrying
 * Duo's status, code, message and message_detail (admin-api.md §2.1, §4, §7.1;
 * signing-auth-accounts.md §2).
 */
class ErrorsRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account account;
  private IntegrationKeys keys;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    account = duo.givenParentAccount("Acme Dental");
    keys = duo.givenAdminApi(account);
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void wrongSecretKey_isAuthenticationFailure40103_withoutTheSecretInTheMessage() {
    String wrongSecret = "x".repeat(40);
    DuoTarget target = roundTrip.target(keys);
    AdminApi admin =
        roundTrip.client().admin(DuoTarget.of(target.host(), keys.integrationKey(), wrongSecret));

    assertFailure(() -> admin.settings().get(), DuoAuthenticationException.class, 401, 40103);
    assertThatThrownBy(() -> admin.settings().get())
        .message()
        .doesNotContain(wrongSecret)
        .doesNotContain(keys.secretKey());
  }

  @Test
  void unknownIntegrationKey_isAuthenticationFailure40102() {
    DuoTarget target = roundTrip.target(keys);
    AdminApi admin =
        roundTrip
            .client()
            .admin(DuoTarget.of(target.host(), "DIUNKNOWN0000000000A", keys.secretKey()));

    assertFailure(() -> admin.settings().get(), DuoAuthenticationException.class, 401, 40102);
  }

  @Test
  void callOutsideTheIntegrationsGrants_isForbidden40301_section7_1() {
    AdminApi readOnly = roundTrip.admin(account, Permission.ADMIN_READ_RESOURCE);

    assertFailure(() -> readOnly.settings().get(), DuoForbiddenException.class, 403, 40301);
    assertFailure(
        () -> readOnly.administrators().list().firstPage(),
        DuoForbiddenException.class,
        403,
        40301);
  }

  @Test
  void unknownId_isNotFound40401_section7_2() {
    AdminApi admin = roundTrip.client().admin(roundTrip.target(keys));

    assertFailure(
        () -> admin.administrators().get("DEUNKNOWN0000000000A"),
        DuoNotFoundException.class,
        404,
        40401);
  }

  @Test
  void badParameter_isInvalidRequest40002_namingTheParameterInMessageDetail() {
    AdminApi admin = roundTrip.client().admin(roundTrip.target(keys));

    assertThatThrownBy(
            () ->
                admin
                    .administrators()
                    .create(NewAdministrator.builder("not-an-email", "Pat").build()))
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class,
            e -> {
              assertThat(e.code()).hasValue(40002);
              assertThat(e.duoMessage()).contains("Invalid request parameters");
              assertThat(e.messageDetail()).contains("email");
              assertThat(e.path()).isEqualTo("/admin/v1/admins");
            });
    assertThat(admin.administrators().list().all()).isEmpty();
  }

  @Test
  void badSettingValue_isInvalidRequest_andChangesNothing() {
    AdminApi admin = roundTrip.client().admin(roundTrip.target(keys));
    int before = admin.settings().get().lockoutThreshold();

    assertThatThrownBy(
            () ->
                admin
                    .settings()
                    .update(
                        SettingsUpdate.builder()
                            .lockoutThreshold(3)
                            .set("lockout_expire_duration", "not-a-number")
                            .build()))
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class,
            e -> assertThat(e.messageDetail()).contains("lockout_expire_duration"));
    assertThat(admin.settings().get().lockoutThreshold()).isEqualTo(before);
  }

  private static void assertFailure(
      ThrowingCallable call, Class<? extends DuoApiException> type, int status, int code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            type,
            e -> {
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.code()).hasValue(code);
            });
  }
}
