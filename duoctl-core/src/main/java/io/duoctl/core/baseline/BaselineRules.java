package io.duoctl.core.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.vocabulary.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads setting values as people give them: Duo's parameter names ({@link DuoSetting}), values of
 * Duo's types.
 */
public final class BaselineRules {

  private static final List<String> FIELDS =
      Arrays.stream(DuoSetting.values()).map(DuoSetting::field).sorted().toList();

  private BaselineRules() {}

  /**
   * {@code given} with each value in stored form.
   *
   * @throws InvalidBaselineException naming every unknown setting and bad value at once
   */
  public static Map<DuoSetting, JsonNode> values(Map<String, JsonNode> given) {
    List<FieldError> errors = new ArrayList<>();
    if (given == null || given.isEmpty()) {
      errors.add(new FieldError("settings", "give at least one setting, e.g. lockout_threshold=5"));
    }
    Map<DuoSetting, JsonNode> values = new LinkedHashMap<>();
    (given == null ? Map.<String, JsonNode>of() : given)
        .forEach(
            (name, value) ->
                setting(name, errors)
                    .ifPresent(
                        setting ->
                            setting
                                .canonical(value)
                                .ifPresentOrElse(
                                    v -> values.put(setting, v),
                                    () -> errors.add(badValue(setting, value)))));
    if (!errors.isEmpty()) {
      throw new InvalidBaselineException(errors);
    }
    return values;
  }

  /**
   * The settings named by {@code names}.
   *
   * @throws InvalidBaselineException naming every name a baseline cannot hold
   */
  static List<DuoSetting> settings(List<String> names) {
    List<FieldError> errors = new ArrayList<>();
    if (names == null || names.isEmpty()) {
      errors.add(new FieldError("settings", "name at least one setting, e.g. lockout_threshold"));
    }
    List<DuoSetting> settings = new ArrayList<>();
    (names == null ? List.<String>of() : names)
        .forEach(name -> setting(name, errors).ifPresent(settings::add));
    if (!errors.isEmpty()) {
      throw new InvalidBaselineException(errors);
    }
    return settings;
  }

  private static Optional<DuoSetting> setting(String name, List<FieldError> errors) {
    Optional<DuoSetting> setting = DuoSetting.byField(name == null ? "" : name.strip());
    if (setting.isEmpty()) {
      errors.add(new FieldError(name == null ? "" : name, unknown(name)));
    }
    return setting;
  }

  /** Why {@code name} is not a setting, and the names that are. */
  static String unknown(String name) {
    String why =
        "name".equals(name)
            ? "name is each account's own and cannot be standardised"
            : "not a Duo account setting a baseline can hold"
                + Suggestions.didYouMean(name == null ? "" : name, FIELDS);
    return why + "; use Duo's parameter name, one of: " + String.join(", ", FIELDS);
  }

  private static FieldError badValue(DuoSetting setting, JsonNode given) {
    return new FieldError(
        setting.field(),
        "must be "
            + setting.expected()
            + ", not "
            + (given == null ? "nothing" : given.toString())
            + "; e.g. "
            + setting.field()
            + "="
            + example(setting));
  }

  private static String example(DuoSetting setting) {
    return switch (setting) {
      case HELPDESK_BYPASS -> "deny";
      case LANGUAGE -> "EN";
      case TIMEZONE -> "Europe/Berlin";
      case FRAUD_EMAIL -> "soc@example.com";
      case KEYPRESS_CONFIRM, KEYPRESS_FRAUD -> "#";
      case CALLER_ID, HELPDESK_MESSAGE, SMS_MESSAGE -> "\"text\"";
      default -> setting.expected().startsWith("true") ? "true" : exampleNumber(setting);
    };
  }

  private static String exampleNumber(DuoSetting setting) {
    String expected = setting.expected();
    return expected.substring(expected.indexOf("from ") + 5).split(" ")[0];
  }
}
