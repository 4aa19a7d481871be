package io.duoctl.emulator;

import static io.duoctl.emulator.RequestVerificationTest.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Integration reads (admin-api.md §5.11, schema §6.11). */
class IntegrationsApiTest {

  private DuoEmulator duo;
  private Account account;
  private IntegrationKeys apps;

  @BeforeEach
  void start() {
    duo = DuoEmulator.builder().build().start();
    account = duo.givenParentAccount("Acme");
    apps = duo.givenAdminApi(account, Permission.ADMIN_READ_RESOURCE, Permission.ADMIN_READ_LOG);
  }

  @AfterEach
  void stop() {
    duo.close();
  }

  @Test
  void v3List_reflectsTheAccountsIntegrations_withGrantsAsInts_andNoSecret() {
    IntegrationKeys auth = duo.givenAuthApi(account);
    duo.givenAdminApi(duo.givenParentAccount("Other"));

    Reply reply = SignedCall.get(duo, apps, "/admin/v3/integrations").send();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.response()).hasSize(2);
    JsonNode self = find(reply.response(), apps.integrationKey());
    assertThat(self.get("type").asText()).isEqualTo("adminapi");
    assertThat(self.get("adminapi_read_resource").isInt()).isTrue();
    assertThat(self.get("adminapi_read_resource").asInt()).isEqualTo(1);
    assertThat(self.get("adminapi_read_log").asInt()).isEqualTo(1);
    assertThat(self.get("adminapi_write_resource").asInt()).isZero();
    assertThat(self.has("secret_key")).isFalse();
    assertThat(find(reply.response(), auth.integrationKey()).get("type").asText())
        .isEqualTo("authapi");
  }

  @Test
  void v3Get_ofAnotherAccountsIntegration_is404() {
    IntegrationKeys stranger = duo.givenAdminApi(duo.givenParentAccount("Other"));

    Reply reply =
        SignedCall.get(duo, apps, "/admin/v3/integrations/" + stranger.integrationKey()).send();

    assertFailure(reply, 404, 40401, "Resource not found");
  }

  @Test
  void v1Get_showsTheSecretKey_v3GetDoesNot() {
    Reply v1 = SignedCall.get(duo, apps, "/admin/v1/integrations/" + apps.integrationKey()).send();
    Reply v3 = SignedCall.get(duo, apps, "/admin/v3/integrations/" + apps.integrationKey()).send();

    assertThat(v1.response().get("secret_key").asText()).isEqualTo(apps.secretKey());
    assertThat(v3.response().has("secret_key")).isFalse();
    assertThat(v3.response().get("name").asText()).isEqualTo(v1.response().get("name").asText());
  }

  @Test
  void withoutTheReadResourceGrant_is40301_section4() {
    IntegrationKeys reader = duo.givenAdminApi(account, Permission.ADMIN_INTEGRATIONS);

    assertFailure(
        SignedCall.get(duo, reader, "/admin/v3/integrations").send(),
        403,
        40301,
        "Access forbidden");
  }

  private static JsonNode find(JsonNode list, String key) {
    for (JsonNode item : list) {
      if (item.get("integration_key").asText().equals(key)) {
        return item;
      }
    }
    throw new AssertionError("no integration " + key + " in " + list);
  }
}
