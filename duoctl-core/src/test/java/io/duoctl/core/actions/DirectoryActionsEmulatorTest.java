package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.admin.admins.AdminDirectory;
import io.duoctl.emulator.admin.groups.Groups;
import io.duoctl.emulator.admin.settings.AccountSettings;
import io.duoctl.emulator.admin.tokens.HardwareTokens;
import io.duoctl.emulator.admin.webauthn.WebAuthnCredential;
import io.duoctl.emulator.admin.webauthn.WebAuthnCredentials;
import io.duoctl.emulator.model.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Groups, tokens, WebAuthn, administrators, integrations, settings, info and logs against a child
 * account reached with its own Admin API keys.
 */
class DirectoryActionsEmulatorTest {

  private final EmulatedMsp msp = new EmulatedMsp();
  private final ActionRunner runner = msp.runner();
  private final RunOptions tech = RunOptions.as("cli:alice", ApiScope.RUN);
  private Account globex;
  private String jdoe;

  @BeforeEach
  void org() {
    globex = msp.ownKeysOrganization("Globex");
    jdoe = run("users.create", "{'username': 'jdoe'}").data().path("user_id").asText();
  }

  @AfterEach
  void stop() {
    msp.close();
  }

  private ActionResult run(String action, String input) {
    ActionResult result = runner.run("Globex", action, Json.of(input), tech);
    assertThat(result.ok()).as(action + ": " + result.error()).isTrue();
    return result;
  }

  @Test
  void groups_createAddMembersRemoveDelete_byName() {
    Groups groups = Groups.of(msp.duo.world(), globex);
    String id =
        run("groups.create", "{'name': 'Remote staff', 'desc': 'VPN'}")
            .data()
            .path("group_id")
            .asText();

    run("groups.add_user", "{'group': 'remote staff', 'user': 'jdoe'}");
    assertThat(groups.memberIdsOf(id)).containsExactly(jdoe);
    assertThat(
            run("groups.members", "{'group': 'Remote staff'}").data().findValuesAsText("username"))
        .containsExactly("jdoe");
    assertThat(run("groups.list_for_user", "{'user': 'jdoe'}").data().findValuesAsText("group_id"))
        .containsExactly(id);
    assertThat(run("groups.get", "{'group': '" + id + "'}").data().path("name").asText())
        .isEqualTo("Remote staff");
    run("groups.update", "{'group': '" + id + "', 'desc': 'VPN users'}");
    assertThat(run("groups.list", "{}").data().findValuesAsText("desc"))
        .containsExactly("VPN users");

    run("groups.remove_user", "{'group': 'Remote staff', 'user': 'jdoe'}");
    assertThat(groups.memberIdsOf(id)).isEmpty();
    run("groups.delete", "{'group': 'Remote staff'}");
    assertThat(groups.all()).isEmpty();
  }

  @Test
  void tokens_importAssignUnassignDelete() {
    HardwareTokens tokens = HardwareTokens.of(msp.duo.world(), globex);
    String id =
        run(
                "tokens.create",
                "{'type': 'h6', 'serial': 'SN-001', 'secret': '3132333435363738393031323334353637383930'}")
            .data()
            .path("token_id")
            .asText();

    run("tokens.assign", "{'user': 'jdoe', 'token_id': '" + id + "'}");
    assertThat(tokens.tokensOf(jdoe)).hasSize(1);
    assertThat(run("tokens.get", "{'token_id': '" + id + "'}").data().path("serial").asText())
        .isEqualTo("SN-001");
    assertThat(run("tokens.list", "{}").data()).hasSize(1);
    run(
        "tokens.resync",
        "{'token_id': '" + id + "', 'code1': '755224', 'code2': 287082, 'code3': '359152'}");
    run("tokens.unassign", "{'user': 'jdoe', 'token_id': '" + id + "'}");
    assertThat(tokens.tokensOf(jdoe)).isEmpty();
    run("tokens.delete", "{'token_id': '" + id + "'}");
    assertThat(tokens.all()).isEmpty();
  }

  @Test
  void webauthn_listGetDelete() {
    WebAuthnCredentials credentials = WebAuthnCredentials.of(msp.duo.world(), globex);
    WebAuthnCredential key = credentials.seed(WebAuthnCredential.securityKey(jdoe, "YubiKey 5"));

    assertThat(run("webauthn.list", "{}").data().findValuesAsText("webauthnkey"))
        .containsExactly(key.webauthnkey());
    assertThat(run("webauthn.list_for_user", "{'user': 'jdoe'}").data()).hasSize(1);
    assertThat(
            run("webauthn.get", "{'webauthnkey': '" + key.webauthnkey() + "'}")
                .data()
                .path("credential_name")
                .asText())
        .isEqualTo(key.credentialName());
    run("webauthn.delete", "{'webauthnkey': '" + key.webauthnkey() + "'}");
    assertThat(credentials.all()).isEmpty();
  }

  @Test
  void admins_createGetUpdateDelete() {
    AdminDirectory admins = AdminDirectory.of(globex);
    int before = admins.count();
    String id =
        run(
                "admins.create",
                "{'email': 'helpdesk@globex.test', 'name': 'Help Desk', 'role': 'Help Desk'}")
            .data()
            .path("admin_id")
            .asText();

    assertThat(admins.find(id)).isPresent();
    assertThat(run("admins.get", "{'admin_id': '" + id + "'}").data().path("email").asText())
        .isEqualTo("helpdesk@globex.test");
    run("admins.update", "{'admin_id': '" + id + "', 'name': 'Service Desk'}");
    assertThat(admins.find(id).orElseThrow().name()).isEqualTo("Service Desk");
    assertThat(run("admins.list", "{}").data()).hasSize(before + 1);
    run("admins.delete", "{'admin_id': '" + id + "'}");
    assertThat(admins.find(id)).isEmpty();
  }

  @Test
  void settings_updateChangesTheLockoutThreshold() {
    run("settings.update", "{'lockout_threshold': '7.0'}");

    assertThat(AccountSettings.of(globex).lockoutThreshold()).isEqualTo(7);
    assertThat(run("settings.get", "{}").data().path("lockout_threshold").asInt()).isEqualTo(7);
  }

  @Test
  void settings_update_aSettingGivenTwice_isRefusedInsteadOfOneReplacingTheOther() {
    int before = AccountSettings.of(globex).lockoutThreshold();

    ActionResult result =
        runner.run(
            "Globex",
            "settings.update",
            Json.of("{'lockout_threshold': '7', 'other': {'lockout_threshold': '9'}}"),
            tech);

    assertThat(result.ok()).isFalse();
    assertThat(result.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(result.error().message()).contains("other.lockout_threshold");
    assertThat(AccountSettings.of(globex).lockoutThreshold()).isEqualTo(before);
  }

  @Test
  void integrationsInfoAndLogs_read() {
    assertThat(run("integrations.list", "{}").data().findValuesAsText("integration_key"))
        .isNotEmpty();
    assertThat(run("integrations.list", "{}").data().toString()).doesNotContain("secret_key");
    String ikey = run("integrations.list", "{}").data().get(0).path("integration_key").asText();
    assertThat(
            run("integrations.get", "{'integration_key': '" + ikey + "'}")
                .data()
                .path("name")
                .asText())
        .isNotBlank();
    assertThat(run("info.summary", "{}").data().path("user_count").asInt()).isEqualTo(1);
    assertThat(
            run("info.telephony_credits_used", "{'since': '7d'}")
                .data()
                .has("telephony_credits_used"))
        .isTrue();
    run("info.authentication_attempts", "{}");
    assertThat(run("logs.activity", "{'since': '1h'}").data().isArray()).isTrue();
    assertThat(run("logs.administrator", "{'since': '1h'}").data().isArray()).isTrue();
    assertThat(run("logs.telephony", "{'since': '1h'}").data().isArray()).isTrue();
    assertThat(run("logs.authentication", "{'since': '2h', 'until': '1m'}").data().isArray())
        .isTrue();
  }
}
