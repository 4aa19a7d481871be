package io.duoctl.emulator.admin.integrations;

import io.duoctl.emulator.admin.internal.Paging;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads of the account's integrations (admin-api.md §5.11, schema §6.11): the integrations the
 * {@link World} holds for the account, grants as {@code adminapi_*} 0/1 ints. v3 reads never show
 * the secret key (it has its own endpoint there); the legacy v1/v2 reads do.
 */
final class IntegrationsController {

  private final World world;
  private final boolean showSecret;

  IntegrationsController(World world, boolean showSecret) {
    this.world = world;
    this.showSecret = showSecret;
  }

  ApiResult list(ApiCall call) {
    List<Integration> all = world.integrationsOf(call.account().id());
    return Paging.page(call, all, Paging.USERS_MAX, this::view);
  }

  ApiResult get(ApiCall call) {
    String key = call.pathVariable("integration_key");
    return world
        .integration(key)
        .filter(i -> i.accountId().equals(call.account().id()))
        .map(i -> ApiResult.ok(view(i)))
        .orElseThrow(DuoError::notFound);
  }

  private Map<String, Object> view(Integration integration) {
    Map<String, Object> view = new TreeMap<>();
    for (Permission grant : Permission.values()) {
      if (grant.isAdminGrant()) {
        view.put(grant.integrationField(), bit(integration.grants().contains(grant)));
      }
    }
    view.put("adminapi_admins_read", bit(integration.grants().contains(Permission.ADMIN_ADMINS)));
    view.put("enroll_policy", "enroll");
    view.put("frameless_auth_prompt_enabled", 1);
    view.put("greeting", "");
    view.put("groups_allowed", List.of());
    view.put("integration_key", integration.integrationKey());
    view.put("ip_whitelist", List.of());
    view.put("ip_whitelist_enroll_policy", "enforce");
    view.put("name", integration.name());
    view.put("networks_for_api_access", "");
    view.put("notes", "");
    view.put("policy_key", null);
    view.put("prompt_v4_enabled", 1);
    view.put("self_service_allowed", 0);
    view.put("trusted_device_days", 0);
    view.put("type", integration.type().duoName());
    view.put("user_access", "ALL_USERS");
    view.put("username_normalization_policy", "None");
    if (showSecret) {
      view.put("secret_key", integration.secretKey());
    }
    return view;
  }

  private static int bit(boolean value) {
    return value ? 1 : 0;
  }
}
