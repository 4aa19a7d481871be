package io.duoctl.client.admin.administrators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.duoctl.client.fake.FakeTransport;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdministratorsTest {

  private static final String ADMIN =
      """
      {"admin_id": "DEYXKRCPHHMV6IL5ED7R", "name": "Help Desk Hannah", "email": "hannah@msp.example",
       "phone": "+15555550123", "role": "Help Desk", "status": "Pending Activation",
       "created": 1700000000, "last_login": null, "password_change_required": false,
       "restricted_by_admin_units": false, "admin_units": [], "hardtoken": null,
       "webauthncredentials": []}
      """;

  private final FakeTransport duo = new FakeTransport();
  private final Administrators admins = new Administrators(duo.client());

  @Test
  void create_sendsRequiredAndGivenFieldsAndReadsThePendingAdmin() {
    duo.ok(ADMIN);

    Administrator created =
        admins.create(
            NewAdministrator.builder("hannah@msp.example", "Help Desk Hannah")
                .role("Help Desk")
                .sendEmail(true)
                .validDays(3)
                .build());

    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/admins");
    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(
            entry("email", List.of("hannah@msp.example")),
            entry("name", List.of("Help Desk Hannah")),
            entry("role", List.of("Help Desk")),
            entry("valid_days", List.of("3")),
            entry("send_email", List.of("1")));
    assertThat(created.status()).isEqualTo("Pending Activation");
    assertThat(created.hardtoken()).isNull();
    assertThat(created.lastLogin()).isNull();
  }

  @Test
  void newAdministrator_namesTheMissingOrBadField() {
    assertThatThrownBy(() -> NewAdministrator.builder("", "x").build())
        .hasMessageContaining("email");
    assertThatThrownBy(() -> NewAdministrator.builder("a@b", "x").validDays(40).build())
        .hasMessageContaining("validDays");
  }

  @Test
  void update_sendsOnlyTheChangesAndChecksTheStatus() {
    duo.ok(ADMIN);

    admins.update(
        "DE1",
        AdministratorUpdate.builder().status("Disabled").passwordChangeRequired(true).build());

    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/admins/DE1");
    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(
            entry("status", List.of("Disabled")),
            entry("password_change_required", List.of("true")));
    assertThatThrownBy(() -> AdministratorUpdate.builder().status("Expired").build())
        .hasMessageContaining("status");
    assertThatThrownBy(() -> AdministratorUpdate.builder().build())
        .hasMessageContaining("at least one change");
  }

  @Test
  void listGetDelete_useTheAdminsEndpoints() {
    duo.ok("[" + ADMIN + "]", "{\"next_offset\": null}").ok(ADMIN).ok("\"\"");

    assertThat(admins.list().all()).extracting(Administrator::role).containsExactly("Help Desk");
    admins.get("DE1");
    admins.delete("DE1");

    assertThat(duo.requests())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly(
            "GET /admin/v1/admins", "GET /admin/v1/admins/DE1", "DELETE /admin/v1/admins/DE1");
  }
}
