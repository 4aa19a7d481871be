package io.duoctl.emulator;

import static io.duoctl.emulator.RequestVerificationTest.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.admin.admins.AdminDirectory;
import io.duoctl.emulator.admin.admins.AdminRole;
import io.duoctl.emulator.admin.admins.Administrator;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /admin/v1/admins} (admin-api.md §5.9, schema §6.9). */
class AdminsApiTest {

  private DuoEmulator duo;
  private Account account;
  private IntegrationKeys admins;

  @BeforeEach
  void start() {
    duo = DuoEmulator.builder().build().start();
    account = duo.givenParentAccount("Acme MSP");
    admins = duo.givenAdminApi(account, Permission.ADMIN_ADMINS);
  }

  @AfterEach
  void stop() {
    duo.close();
  }

  private Reply create(String email, String name, String role) {
    SignedCall call =
        SignedCall.post(duo, admins, "/admin/v1/admins").param("email", email).param("name", name);
    return role == null ? call.send() : call.param("role", role).send();
  }

  @Test
  void create_isPendingActivation_withDuosCasing_andGetReadsItBack() {
    Reply created = create("ana@acme.test", "Ana Ortiz", "Help Desk");
    String id = created.response().get("admin_id").asText();

    JsonNode read = SignedCall.get(duo, admins, "/admin/v1/admins/" + id).send().response();

    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    assertThat(id).matches("DE[A-Z0-9]{18}");
    assertThat(read.get("status").asText()).isEqualTo("Pending Activation");
    assertThat(read.get("role").asText()).isEqualTo("Help Desk");
    assertThat(read.get("email").asText()).isEqualTo("ana@acme.test");
    assertThat(read.get("last_login").isNull()).isTrue();
    assertThat(read.get("password_change_required").isBoolean()).isTrue();
  }

  @Test
  void create_withoutRole_isOwner() {
    Reply created = create("boss@acme.test", "Boss", null);

    assertThat(created.response().get("role").asText()).isEqualTo("Owner");
  }

  @Test
  void create_withAnEmailInUse_is40002NamingEmail_section6_9() {
    create("ana@acme.test", "Ana Ortiz", "Administrator");

    Reply again = create("ANA@acme.test", "Another Ana", "Administrator");

    assertFailure(again, 400, 40002, "Invalid request parameters");
    assertThat(again.json().get("message_detail").asText()).isEqualTo("email");
    assertThat(AdminDirectory.of(account).count()).isEqualTo(1);
  }

  @Test
  void create_withUnknownRole_is40002NamingRole() {
    Reply reply = create("ana@acme.test", "Ana", "Janitor");

    assertFailure(reply, 400, 40002, "Invalid request parameters");
    assertThat(reply.json().get("message_detail").asText()).isEqualTo("role");
  }

  @Test
  void modify_disablesAnAdministrator_andASecondReadShowsDisabled() {
    String id = create("ana@acme.test", "Ana", "Administrator").response().get("admin_id").asText();

    Reply modified =
        SignedCall.post(duo, admins, "/admin/v1/admins/" + id)
            .param("status", "Disabled")
            .param("name", "Ana Ortiz")
            .send();
    JsonNode read = SignedCall.get(duo, admins, "/admin/v1/admins/" + id).send().response();

    assertThat(modified.status()).as(modified.toString()).isEqualTo(200);
    assertThat(read.get("status").asText()).isEqualTo("Disabled");
    assertThat(read.get("name").asText()).isEqualTo("Ana Ortiz");
  }

  @Test
  void modify_anOwnerCannotBeDisabled_section5_9() {
    Administrator owner =
        AdminDirectory.of(account).create(duo.world(), "Olga", "olga@acme.test", AdminRole.OWNER);

    Reply reply =
        SignedCall.post(duo, admins, "/admin/v1/admins/" + owner.adminId())
            .param("status", "Disabled")
            .send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
    assertThat(AdminDirectory.of(account).find(owner.adminId()).orElseThrow().status().duoName())
        .isEqualTo("Active");
  }

  @Test
  void delete_removesTheAdministrator_thenGetIs404() {
    String id = create("ana@acme.test", "Ana", "Billing").response().get("admin_id").asText();

    Reply deleted = SignedCall.delete(duo, admins, "/admin/v1/admins/" + id).send();
    Reply read = SignedCall.get(duo, admins, "/admin/v1/admins/" + id).send();

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.response().asText()).isEmpty();
    assertFailure(read, 404, 40401, "Resource not found");
  }

  @Test
  void reset_answersEmptyString_andUnknownAdminIs404() {
    String id = create("ana@acme.test", "Ana", "Billing").response().get("admin_id").asText();

    Reply reset = SignedCall.post(duo, admins, "/admin/v1/admins/" + id + "/reset").send();
    Reply unknown =
        SignedCall.post(duo, admins, "/admin/v1/admins/DE00000000000000000X/reset").send();

    assertThat(reset.status()).isEqualTo(200);
    assertThat(reset.response().asText()).isEmpty();
    assertFailure(unknown, 404, 40401, "Resource not found");
  }

  @Test
  void list_pagesWithOffsetMetadata_section2_2() {
    for (int i = 0; i < 3; i++) {
      create("a" + i + "@acme.test", "Admin " + i, "Read-only");
    }

    Reply first = SignedCall.get(duo, admins, "/admin/v1/admins").param("limit", "2").send();
    Reply second =
        SignedCall.get(duo, admins, "/admin/v1/admins")
            .param("limit", "2")
            .param("offset", "2")
            .send();

    assertThat(first.response()).hasSize(2);
    assertThat(first.json().get("metadata").get("next_offset").asInt()).isEqualTo(2);
    assertThat(first.json().get("metadata").get("total_objects").asInt()).isEqualTo(3);
    assertThat(second.response()).hasSize(1);
    assertThat(second.json().get("metadata").get("next_offset").isNull()).isTrue();
  }
}
