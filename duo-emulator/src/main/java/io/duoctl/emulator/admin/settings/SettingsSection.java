package io.duoctl.emulator.admin.settings;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.fixture.FixtureSection;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fixture field {@code "settings": {"lockout_threshold": 5, …}}: any setting of {@code
 * /admin/v1/settings} (admin-api.md §6.14), checked as a POST checks it.
 */
public final class SettingsSection implements FixtureSection {

  @Override
  public String field() {
    return "settings";
  }

  @Override
  public void apply(Account account, JsonNode value, World world) {
    if (!value.isObject()) {
      throw new IllegalArgumentException("must be an object of settings");
    }
    Map<Setting, Object> changes = new EnumMap<>(Setting.class);
    value
        .properties()
        .forEach(
            field -> {
              Setting setting =
                  Setting.byField(field.getKey())
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  field.getKey() + " is not a Duo setting"));
              try {
                JsonNode v = field.getValue();
                changes.put(setting, setting.parse(v.isNull() ? "" : v.asText()));
              } catch (DuoError invalid) {
                throw new IllegalArgumentException(
                    field.getKey() + " has a value Duo does not accept");
              }
            });
    if (changes.containsKey(Setting.NAME)) {
      world.renameAccount(account, (String) changes.get(Setting.NAME));
    }
    AccountSettings.of(account).apply(changes);
  }
}
