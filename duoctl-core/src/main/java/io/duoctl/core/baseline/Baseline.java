package io.duoctl.core.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The Duo account settings an MSP standardises for the organizations of one configuration, each
 * with its value in stored form ({@link DuoSetting#canonical}).
 *
 * @param configuration the configuration it belongs to
 * @param values setting to value, in the order of Duo's parameter names; empty when none is set
 */
public record Baseline(String configuration, Map<DuoSetting, JsonNode> values) {

  /** The action that brings one organization's settings to given values, sending only those. */
  public static final String FIX_ACTION = "settings.align";

  public Baseline {
    Objects.requireNonNull(configuration, "configuration");
    Map<DuoSetting, JsonNode> ordered = new TreeMap<>(Comparator.comparing(DuoSetting::field));
    ordered.putAll(values);
    values = Collections.unmodifiableMap(ordered);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * Every setting of this baseline whose value Duo's settings object {@code actual} does not have,
   * in the order of Duo's parameter names.
   */
  public List<SettingDifference> differences(JsonNode actual) {
    return SettingDifference.between(values, actual);
  }

  /**
   * The input of {@link #FIX_ACTION} that brings an organization to this baseline: {@code
   * {"settings": {"lockout_threshold": "5", ...}}}, values as Duo takes them.
   *
   * @throws EmptyBaselineException when no setting is set
   */
  public ObjectNode fixInput() {
    if (isEmpty()) {
      throw new EmptyBaselineException(configuration);
    }
    ObjectNode input = JsonNodeFactory.instance.objectNode();
    ObjectNode settings = input.putObject("settings");
    values.forEach((setting, value) -> settings.put(setting.field(), setting.wire(value)));
    return input;
  }

  /** Setting name to value, as JSON: what front ends show. */
  public ObjectNode json() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    values.forEach((setting, value) -> json.set(setting.field(), value));
    return json;
  }
}
