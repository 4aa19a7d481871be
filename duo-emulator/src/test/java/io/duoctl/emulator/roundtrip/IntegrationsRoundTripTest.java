package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.integrations.Integration;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /admin/v3/integrations} reads through {@code admin.integrations()} (§5.11, §6.11). */
class IntegrationsRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account account;
  private IntegrationKeys adminKeys;
  private AdminApi admin;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    account = duo.givenParentAccount("Acme Dental");
    adminKeys =
        duo.givenAdminApi(account, Permission.ADMIN_READ_RESOURCE, Permission.ADMIN_READ_LOG);
    admin = roundTrip.client().admin(roundTrip.target(adminKeys));
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void list_showsTheAccountsIntegrations_withGrantsAndWithoutSecrets() {
    IntegrationKeys auth = duo.givenAuthApi(account);
    duo.givenAdminApi(duo.givenParentAccount("Someone else"));

    assertThat(admin.integrations().list().all())
        .extracting(Integration::integrationKey)
        .containsExactlyInAnyOrder(adminKeys.integrationKey(), auth.integrationKey());
    Integration self = admin.integrations().get(adminKeys.integrationKey());
    assertThat(self.type()).isEqualTo("adminapi");
    assertThat(self.adminapiReadResource()).isTrue();
    assertThat(self.adminapiReadLog()).isTrue();
    assertThat(self.adminapiWriteResource()).isFalse();
    assertThat(self.toString()).doesNotContain(adminKeys.secretKey());
    assertThat(self.extra()).doesNotContainKey("secret_key");
  }

  @Test
  void get_ofAnotherAccountsIntegration_isNotFound() {
    IntegrationKeys foreign = duo.givenAdminApi(duo.givenParentAccount("Someone else"));

    assertThatThrownBy(() -> admin.integrations().get(foreign.integrationKey()))
        .isInstanceOf(DuoNotFoundException.class);
  }
}
