package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.handlers.StandardActions;
import org.junit.jupiter.api.Test;

class ActionExposureTest {

  private final ActionCatalog catalog = StandardActions.catalog();

  @Test
  void offered_neverHoldsAnActionThatReturnsSecrets_evenForAdmin() {
    assertThat(new ActionExposure(ApiScope.ADMIN).offered(catalog))
        .isNotEmpty()
        .noneMatch(ActionDefinition::returnsSecrets)
        .extracting(ActionDefinition::id)
        .doesNotContain("bypass_codes.create", "phones.activation_url", "auth.enroll", "raw.admin")
        .contains("users.delete");
  }

  @Test
  void offered_toARead_scope_holdsOnlyReadActions() {
    assertThat(new ActionExposure(ApiScope.READ).offered(catalog))
        .isNotEmpty()
        .allMatch(ActionDefinition::readOnly)
        .extracting(ActionDefinition::id)
        .contains("users.list", "bypass_codes.list");
  }

  @Test
  void check_refusesASecretAction_namingWhereItCanRun() {
    ActionDefinition create = catalog.require("bypass_codes.create");

    assertThatThrownBy(() -> new ActionExposure(ApiScope.ADMIN).check(create))
        .isInstanceOf(ActionNotExposedException.class)
        .hasMessageContaining("bypass_codes.create returns secrets (codes)")
        .hasMessageContaining("POST /api/v1/actions/bypass_codes.create/run");
  }

  @Test
  void check_refusesAChangeToARead_scope_namingTheScopeNeeded() {
    assertThatThrownBy(
            () -> new ActionExposure(ApiScope.READ).check(catalog.require("users.update")))
        .isInstanceOf(ActionNotAllowedException.class)
        .hasMessageContaining("needs the run scope; the caller has read");
  }
}
