package io.duoctl.client.admin.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.fake.FakeTransport;
import org.junit.jupiter.api.Test;

class IntegrationsTest {

  private static final String INTEGRATION =
      """
      {"integration_key": "DIRWIH0ZZPV4G88B37VQ", "secret_key": "Zh5eGmUq9zpfQnyUIu5OL9iWoMMv5ZNmk3zLJ4Ep",
       "name": "MSP Admin API", "type": "adminapi", "notes": "", "greeting": "",
       "enroll_policy": "enroll", "username_normalization_policy": "None",
       "groups_allowed": [], "ip_whitelist": ["192.0.2.0/24"], "trusted_device_days": 0,
       "self_service_allowed": 0, "adminapi_admins": 0, "adminapi_info": 1,
       "adminapi_integrations": 0, "adminapi_read_log": 1, "adminapi_read_resource": 1,
       "adminapi_settings": 0, "adminapi_write_resource": 1, "policy_key": null,
       "user_access": "ALL_USERS", "prompt_v4_enabled": 1, "sso": null}
      """;

  private final FakeTransport duo = new FakeTransport();
  private final Integrations integrations = new Integrations(duo.client());

  @Test
  void get_readsV3AndTurnsDuosZeroOneFlagsIntoBooleans() {
    duo.ok(INTEGRATION);

    Integration integration = integrations.get("DIRWIH0ZZPV4G88B37VQ");

    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v3/integrations/DIRWIH0ZZPV4G88B37VQ");
    assertThat(integration.adminapiReadLog()).isTrue();
    assertThat(integration.adminapiAdmins()).isFalse();
    assertThat(integration.ipWhitelist()).containsExactly("192.0.2.0/24");
    assertThat(integration.extra()).containsKey("prompt_v4_enabled");
  }

  @Test
  void get_neverKeepsTheSecretKey() {
    duo.ok(INTEGRATION);

    Integration integration = integrations.get("DIRWIH0ZZPV4G88B37VQ");

    assertThat(integration.extra()).doesNotContainKey("secret_key");
    assertThat(integration.toString()).doesNotContain("Zh5eGmUq9zpfQnyUIu5OL9iWoMMv5ZNmk3zLJ4Ep");
  }

  @Test
  void list_pagesThroughV3() {
    duo.ok("[" + INTEGRATION + "]", "{\"next_offset\": null, \"total_objects\": 1}");

    assertThat(integrations.list().all()).extracting(Integration::type).containsExactly("adminapi");
    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v3/integrations");
  }
}
