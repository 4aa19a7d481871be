package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.administrators.Administrator;
import io.duoctl.client.admin.administrators.AdministratorUpdate;
import io.duoctl.client.admin.administrators.Administrators;
import io.duoctl.client.admin.administrators.NewAdministrator;
import io.duoctl.client.paging.Page;
import io.duoctl.emulator.admin.admins.AdminDirectory;
import io.duoctl.emulator.admin.admins.AdminRole;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Permission;
import java.util.Iterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /admin/v1/admins} through {@code admin.administrators()} (admin-api.md §5.9, §6.9). */
class AdministratorsRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account account;
  private AdminApi admin;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account, Permission.ADMIN_ADMINS);
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void create_thenGetAndList_showItPendingActivation() {
    Administrator created =
        admin
            .administrators()
            .create(
                NewAdministrator.builder("pat@acme.example", "Pat Doe")
                    .role("Help Desk")
                    .phone("+15555550100")
                    .build());

    assertThat(created.adminId()).matches("DE[A-Z0-9]{18}");
    assertThat(created.status()).isEqualTo("Pending Activation");
    assertThat(created.role()).isEqualTo("Help Desk");
    assertThat(admin.administrators().get(created.adminId())).isEqualTo(created);
    assertThat(admin.administrators().list().all()).containsExactly(created);
  }

  @Test
  void create_withAnEmailInUse_isInvalidNamingEmail() {
    admin.administrators().create(NewAdministrator.builder("pat@acme.example", "Pat").build());

    assertThatThrownBy(
            () ->
                admin
                    .administrators()
                    .create(NewAdministrator.builder("pat@acme.example", "Other Pat").build()))
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class, e -> assertThat(e.messageDetail()).contains("email"));
    assertThat(admin.administrators().list().all()).hasSize(1);
  }

  @Test
  void update_thenGetShowsTheChange() {
    Administrator created =
        admin
            .administrators()
            .create(NewAdministrator.builder("pat@acme.example", "Pat").role("Help Desk").build());

    Administrator updated =
        admin
            .administrators()
            .update(
                created.adminId(),
                AdministratorUpdate.builder()
                    .name("Pat Doe")
                    .status("Disabled")
                    .passwordChangeRequired(true)
                    .build());

    Administrator read = admin.administrators().get(created.adminId());
    assertThat(read).isEqualTo(updated);
    assertThat(read.name()).isEqualTo("Pat Doe");
    assertThat(read.status()).isEqualTo("Disabled");
    assertThat(read.passwordChangeRequired()).isTrue();
    assertThat(read.email()).isEqualTo("pat@acme.example");
  }

  @Test
  void disablingAnOwner_isRefused_section5_9() {
    Administrator owner =
        admin
            .administrators()
            .create(NewAdministrator.builder("owner@acme.example", "Owner").role("Owner").build());

    assertThatThrownBy(
            () ->
                admin
                    .administrators()
                    .update(
                        owner.adminId(), AdministratorUpdate.builder().status("Disabled").build()))
        .isInstanceOf(DuoInvalidRequestException.class);
    assertThat(admin.administrators().get(owner.adminId()).status()).isNotEqualTo("Disabled");
  }

  @Test
  void delete_thenGetIsNotFound() {
    Administrator created =
        admin.administrators().create(NewAdministrator.builder("pat@acme.example", "Pat").build());

    admin.administrators().delete(created.adminId());

    assertThatThrownBy(() -> admin.administrators().get(created.adminId()))
        .isInstanceOf(DuoNotFoundException.class);
    assertThat(admin.administrators().list().all()).isEmpty();
  }

  @Test
  void list_walksEveryPageOfTheClientsPageSize_section2_2() {
    int total = Administrators.PAGE_SIZE * 2 + 7;
    for (int i = 0; i < total; i++) {
      AdminDirectory.of(account)
          .create(duo.world(), "Admin " + i, "admin" + i + "@acme.example", AdminRole.HELP_DESK);
    }

    Iterator<Page<Administrator>> pages = admin.administrators().list().pages();
    Page<Administrator> first = pages.next();

    assertThat(first.items()).hasSize(Administrators.PAGE_SIZE);
    assertThat(first.totalObjects()).hasValue(total);
    assertThat(admin.administrators().list().all())
        .extracting(Administrator::email)
        .doesNotHaveDuplicates()
        .hasSize(total);
    assertThat(duo.requests().toPath("/admin/v1/admins")).hasSize(1 + 3);
  }
}
