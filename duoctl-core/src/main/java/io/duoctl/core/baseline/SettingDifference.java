package io.duoctl.core.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One setting of an organization that is not as its baseline says.
 *
 * @param setting the setting
 * @param baseline the baseline's value
 * @param actual Duo's value as Duo sent it (a JSON null when Duo sent null or nothing)
 */
public record SettingDifference(DuoSetting setting, JsonNode baseline, JsonNode actual) {
  public SettingDifference {
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(actual, "actual");
  }

  /**
   * Every setting of {@code wanted} whose value Duo's settings object {@code actual} does not have,
   * in the order of {@code wanted}.
   */
  public static List<SettingDifference> between(Map<DuoSetting, JsonNode> wanted, JsonNode actual) {
    List<SettingDifference> differences = new ArrayList<>();
    wanted.forEach(
        (setting, value) -> {
          JsonNode found = actual.get(setting.field());
          if (!setting.matches(value, found)) {
            differences.add(
                new SettingDifference(
                    setting, value, found == null ? JsonNodeFactory.instance.nullNode() : found));
          }
        });
    return differences;
  }
}
