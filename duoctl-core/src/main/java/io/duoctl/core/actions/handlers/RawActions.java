package io.duoctl.core.actions.handlers;

import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.HttpMethod;
import io.duoctl.client.http.Params;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionInput;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.Field;
import io.duoctl.core.settings.DuoApi;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Signed requests to any endpoint of one API, for what the named actions do not cover. Counted as
 * changing (a dry-run shows them), since the endpoint may change state.
 */
final class RawActions {

  private RawActions() {}

  static List<ActionDefinition> definitions() {
    return List.of(
        raw("raw.admin", DuoApi.ADMIN, "/admin/"),
        raw("raw.accounts", DuoApi.ACCOUNTS, "/accounts/"),
        raw("raw.auth", DuoApi.AUTH, "/auth/"));
  }

  private static ActionDefinition raw(String id, DuoApi api, String prefix) {
    return ActionDefinition.define(id)
        .title(api.displayName() + " request")
        .description(
            "Sends a signed "
                + api.displayName()
                + " request to any "
                + prefix
                + "… path with the organization's keys (and account_id for a child account);"
                + " returns Duo's response.")
        .input(
            Field.string("method", "GET, POST, PUT or DELETE")
                .oneOf("GET", "POST", "PUT", "DELETE")
                .defaultsTo("GET"),
            Field.string("path", "The path, e.g. " + prefix + "v1/…")
                .required()
                .pattern("^" + prefix + "[A-Za-z0-9_./%-]+$"),
            Field.stringMap("params", "Parameters; numbers and booleans are sent as text"))
        .output("Duo's response object or array")
        .api(api)
        .changes()
        .secretOutputs(
            "codes", "activation_code", "activation_url", "activation_barcode", "installation_url")
        .handledBy((ctx, in) -> ctx.raw(api).call(request(in)));
  }

  private static DuoRequest request(ActionInput in) {
    HttpMethod method = HttpMethod.valueOf(in.requireText("method").toUpperCase(Locale.ROOT));
    String path = in.requireText("path");
    if (path.contains("..")) {
      throw new ActionFailure(ErrorCode.INVALID_INPUT, "path must not contain ..");
    }
    Params params = Params.of();
    for (Map.Entry<String, String> e : in.map("params").entrySet()) {
      params = params.with(e.getKey(), e.getValue());
    }
    return DuoRequest.of(method, path).withParams(params);
  }
}
