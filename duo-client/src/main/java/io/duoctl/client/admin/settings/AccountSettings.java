package io.duoctl.client.admin.settings;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.DuoApiException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import java.util.Objects;

/**
 * The account's global settings ({@code /admin/v1/settings}); needs the "Grant settings"
 * permission. Every method throws a {@link DuoApiException} subclass when Duo refuses. Immutable
 * and thread-safe.
 */
public final class AccountSettings {

  private static final String SETTINGS = "/admin/v1/settings";

  private final ApiClient api;

  public AccountSettings(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** The current settings. */
  public Settings get() {
    return api.call(DuoRequest.get(SETTINGS), Settings.class);
  }

  /**
   * The current settings as Duo sent them: every field with its JSON type, nulls included, so a
   * caller comparing values sees Duo's own (e.g. {@code sms_refresh} as {@code 0}/{@code 1}).
   */
  public JsonNode json() {
    return api.call(DuoRequest.get(SETTINGS));
  }

  /** Applies {@code update} and returns the settings as they are afterwards. */
  public Settings update(SettingsUpdate update) {
    return api.call(DuoRequest.post(SETTINGS).params(update.toParams()), Settings.class);
  }
}
