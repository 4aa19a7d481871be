package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.settings.DuoApi;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ActionCatalogTest {

  /**
   * The MSP platform's 33 named and 3 raw actions (ecosystem.md §1.2) and where each lives here.
   */
  private static final Map<String, String> PLATFORM_ACTIONS = new TreeMap<>();

  static {
    PLATFORM_ACTIONS.put("List Accounts", "accounts.list");
    PLATFORM_ACTIONS.put("Create Account", "accounts.create");
    PLATFORM_ACTIONS.put("Delete Account", "accounts.delete");
    PLATFORM_ACTIONS.put("Accounts API Action", "raw.accounts");
    PLATFORM_ACTIONS.put("List Bypass Codes", "bypass_codes.list");
    PLATFORM_ACTIONS.put("Get Bypass Code by ID", "bypass_codes.get");
    PLATFORM_ACTIONS.put("Delete Bypass Code", "bypass_codes.delete");
    PLATFORM_ACTIONS.put("List Bypass Codes by User", "bypass_codes.list_for_user");
    PLATFORM_ACTIONS.put("Create Bypass Codes for User", "bypass_codes.create");
    PLATFORM_ACTIONS.put("Retrieve Bypass Codes for User", "bypass_codes.list_for_user");
    PLATFORM_ACTIONS.put("Auth API Action", "raw.auth");
    PLATFORM_ACTIONS.put("Admin API Action", "raw.admin");
    PLATFORM_ACTIONS.put("List Phones", "phones.list");
    PLATFORM_ACTIONS.put("Get Phone", "phones.get");
    PLATFORM_ACTIONS.put("Delete Phone by ID", "phones.delete");
    PLATFORM_ACTIONS.put("Send Activation URL", "phones.activation_url");
    PLATFORM_ACTIONS.put("Send Activation by SMS", "phones.send_activation_sms");
    PLATFORM_ACTIONS.put("Send Installation by SMS", "phones.send_installation_sms");
    PLATFORM_ACTIONS.put("Send Passcode by SMS", "phones.send_sms_passcodes");
    PLATFORM_ACTIONS.put("Get User's Phones", "phones.list_for_user");
    PLATFORM_ACTIONS.put("Assign Phone to User", "phones.assign");
    PLATFORM_ACTIONS.put("Un-assign Phone from User", "phones.unassign");
    PLATFORM_ACTIONS.put("Create Phone", "phones.create");
    PLATFORM_ACTIONS.put("Retrieve Settings", "settings.get");
    PLATFORM_ACTIONS.put("Update Settings", "settings.update");
    PLATFORM_ACTIONS.put("List Users", "users.list");
    PLATFORM_ACTIONS.put("Get User by Username", "users.get");
    PLATFORM_ACTIONS.put("Get User by ID", "users.get");
    PLATFORM_ACTIONS.put("Create User", "users.create");
    PLATFORM_ACTIONS.put("Update User", "users.update");
    PLATFORM_ACTIONS.put("Delete User", "users.delete");
    PLATFORM_ACTIONS.put("Enroll User", "users.enroll");
    PLATFORM_ACTIONS.put("Synchronize User", "users.sync");
    PLATFORM_ACTIONS.put("Check Credentials", "auth.check");
    PLATFORM_ACTIONS.put("Ping", "auth.ping");
    PLATFORM_ACTIONS.put("Send Duo Authentication", "auth.push");
  }

  private final ActionCatalog catalog = StandardActions.catalog();

  @Test
  void covers_everyActionOfTheMspPlatform() {
    assertThat(PLATFORM_ACTIONS).hasSize(36);
    PLATFORM_ACTIONS.forEach(
        (name, id) -> assertThat(catalog.find(id)).as(name + " -> " + id).isPresent());
  }

  @Test
  void covers_theAreasThePlatformLeftToRawRequests() {
    assertThat(catalog.categories())
        .contains(
            "groups", "tokens", "webauthn", "admins", "integrations", "info", "logs", "billing");
    assertThat(catalog.list("logs"))
        .extracting(ActionDefinition::id)
        .containsExactlyInAnyOrder(
            "logs.authentication", "logs.administrator", "logs.telephony", "logs.activity");
    assertThat(catalog.list("auth"))
        .extracting(ActionDefinition::id)
        .contains(
            "auth.preauth", "auth.auth", "auth.auth_status", "auth.enroll", "auth.enroll_status");
  }

  @Test
  void everySchema_isValidDraft2020_12_andRejectsUnknownFields() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema meta = registry.getSchema(SchemaLocation.of(InputSchema.DIALECT));
    for (ActionDefinition action : catalog.list()) {
      assertThat(meta.validate(action.input().json().toString(), InputFormat.JSON))
          .as(action.id())
          .isEmpty();
      assertThat(action.input().json().path("additionalProperties").asBoolean(true))
          .as(action.id())
          .isFalse();
    }
  }

  @Test
  void everyDescribedField_hasADescription() {
    for (ActionDefinition action : catalog.list()) {
      action
          .input()
          .json()
          .path("properties")
          .properties()
          .forEach(
              e ->
                  assertThat(e.getValue().path("description").asText())
                      .as(action.id() + "." + e.getKey())
                      .isNotBlank());
    }
  }

  @Test
  void flags_markSecretsAndDestruction() {
    assertThat(catalog.require("bypass_codes.create").returnsSecrets()).isTrue();
    assertThat(catalog.require("phones.activation_url").secretOutputs()).contains("activation_url");
    assertThat(catalog.require("auth.enroll").secretOutputs()).contains("activation_code");
    assertThat(catalog.require("users.delete").destructive()).isTrue();
    assertThat(catalog.require("users.list").readOnly()).isTrue();
    assertThat(catalog.require("accounts.list").api()).isEqualTo(DuoApi.ACCOUNTS);
    assertThat(catalog.require("auth.push").api()).isEqualTo(DuoApi.AUTH);
    assertThat(catalog.list())
        .filteredOn(ActionDefinition::returnsSecrets)
        .allMatch(ActionDefinition::mutating);
  }

  @Test
  void rerunSafe_forChangesThatLookFirst_notForMessagesOrNewSecrets() {
    assertThat(catalog.list())
        .filteredOn(a -> a.mutating() && a.rerunSafe())
        .extracting(ActionDefinition::id)
        .contains(
            "users.create",
            "users.update",
            "users.delete",
            "groups.add_user",
            "groups.remove_user",
            "phones.create",
            "phones.assign",
            "phones.unassign",
            "tokens.assign",
            "tokens.unassign",
            "bypass_codes.delete_for_user")
        .doesNotContain(
            "users.enroll",
            "phones.send_activation_sms",
            "phones.send_installation_sms",
            "phones.send_sms_passcodes",
            "phones.activation_url",
            "bypass_codes.create",
            "auth.push");
  }

  @Test
  void require_unknownAction_saysWhereTheCatalogIs() {
    assertThatThrownBy(() -> catalog.require("users.explode"))
        .isInstanceOf(UnknownActionException.class)
        .hasMessageContaining("users.explode")
        .hasMessageContaining("actions list");
  }

  @Test
  void handsOutSecrets_forBypassCodesAndActivationLinks_butNotForReadsOrRawRequests() {
    assertThat(catalog.require("bypass_codes.create").handsOutSecrets()).isTrue();
    assertThat(catalog.require("phones.activation_url").handsOutSecrets()).isTrue();
    assertThat(catalog.require("users.list").handsOutSecrets()).isFalse();
    assertThat(catalog.require("raw.admin").returnsSecrets()).isTrue();
    assertThat(catalog.require("raw.admin").handsOutSecrets()).isFalse();
  }
}
