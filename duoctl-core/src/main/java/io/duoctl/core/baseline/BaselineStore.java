package io.duoctl.core.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The SQL of {@code settings_baseline}, in the caller's transaction. */
final class BaselineStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BaselineStore() {}

  /**
   * The stored values of {@code configuration} in stored form again (so they equal freshly checked
   * ones); a setting or value this version no longer takes is left out.
   */
  static Map<DuoSetting, JsonNode> values(Handle handle, String configuration) {
    Map<DuoSetting, JsonNode> values = new LinkedHashMap<>();
    handle
        .createQuery(
            """
            SELECT setting, value_json FROM settings_baseline
            WHERE configuration_name = :configuration ORDER BY setting
            """)
        .bind("configuration", configuration)
        .map((rs, ctx) -> Map.entry(rs.getString("setting"), rs.getString("value_json")))
        .forEach(
            row ->
                DuoSetting.byField(row.getKey())
                    .ifPresent(
                        setting ->
                            setting
                                .canonical(parse(row.getValue()))
                                .ifPresent(value -> values.put(setting, value))));
    return values;
  }

  static void put(Handle handle, String configuration, DuoSetting setting, JsonNode value) {
    remove(handle, configuration, setting);
    handle
        .createUpdate(
            """
            INSERT INTO settings_baseline (configuration_name, setting, value_json)
            VALUES (:configuration, :setting, :value)
            """)
        .bind("configuration", configuration)
        .bind("setting", setting.field())
        .bind("value", value.toString())
        .execute();
  }

  /** Whether there was a row to remove. */
  static boolean remove(Handle handle, String configuration, DuoSetting setting) {
    return handle
            .createUpdate(
                """
                DELETE FROM settings_baseline
                WHERE configuration_name = :configuration AND setting = :setting
                """)
            .bind("configuration", configuration)
            .bind("setting", setting.field())
            .execute()
        > 0;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("settings_baseline holds a value that is not JSON", e);
    }
  }
}
