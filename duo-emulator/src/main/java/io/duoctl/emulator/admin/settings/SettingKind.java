package io.duoctl.emulator.admin.settings;

import io.duoctl.emulator.admin.internal.ParamValues;
import io.duoctl.emulator.http.DuoError;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** How one setting's request text becomes its stored value; invalid text is a DuoError. */
@FunctionalInterface
interface SettingKind {

  /**
   * @throws DuoError 400 40002 naming {@code name} when the text is not acceptable
   */
  Object parse(String name, String text);

  static SettingKind text(int maxLength) {
    return (name, text) -> {
      if (text.length() > maxLength) {
        throw DuoError.invalidParameter(name);
      }
      return text;
    };
  }

  static SettingKind nonBlankText(int maxLength) {
    return (name, text) -> {
      if (text.isBlank() || text.length() > maxLength) {
        throw DuoError.invalidParameter(name);
      }
      return text.strip();
    };
  }

  static SettingKind email() {
    return (name, text) -> {
      String value = text.strip();
      if (!value.isEmpty() && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        throw DuoError.invalidParameter(name);
      }
      return value;
    };
  }

  static SettingKind bool() {
    return ParamValues::parseBool;
  }

  /** A boolean Duo writes as 0 or 1 ({@code sms_refresh}). */
  static SettingKind bit() {
    return (name, text) -> ParamValues.parseBool(name, text) ? 1 : 0;
  }

  static SettingKind range(long min, long max) {
    return (name, text) -> {
      long value = ParamValues.parseInt(name, text, Long.MIN_VALUE, Long.MAX_VALUE);
      if (value < min || value > max) {
        throw DuoError.invalidParameter(name);
      }
      return value;
    };
  }

  /** 0 switches the feature off; anything else must lie in {@code [min, max]}. */
  static SettingKind zeroOrRange(long min, long max) {
    SettingKind range = range(min, max);
    return (name, text) ->
        ParamValues.parseInt(name, text, Long.MIN_VALUE, Long.MAX_VALUE) == 0
            ? 0L
            : range.parse(name, text);
  }

  /** Empty or 0 means "none" (stored as null); anything else must lie in {@code [min, max]}. */
  static SettingKind optionalRange(long min, long max) {
    SettingKind range = range(min, max);
    return (name, text) ->
        text.isBlank() || ParamValues.parseInt(name, text, Long.MIN_VALUE, Long.MAX_VALUE) == 0
            ? null
            : range.parse(name, text);
  }

  static SettingKind decimal(double min, double max) {
    return (name, text) -> {
      try {
        double value = Double.parseDouble(text.strip());
        if (value < min || value > max || Double.isNaN(value)) {
          throw DuoError.invalidParameter(name);
        }
        return value;
      } catch (NumberFormatException notANumber) {
        throw DuoError.invalidParameter(name);
      }
    };
  }

  /** One of {@code values}, matched ignoring case, stored in the listed casing. */
  static SettingKind choice(String... values) {
    List<String> allowed = List.of(values);
    return (name, text) ->
        allowed.stream()
            .filter(v -> v.equalsIgnoreCase(text.strip()))
            .findFirst()
            .orElseThrow(() -> DuoError.invalidParameter(name));
  }

  /** A phone key: a digit, {@code #}, {@code *}, or empty. */
  static SettingKind keypress() {
    return (name, text) -> {
      String value = text.strip();
      if (!value.isEmpty() && !value.matches("[0-9#*]")) {
        throw DuoError.invalidParameter(name);
      }
      return value;
    };
  }

  static SettingKind timezone() {
    return (name, text) -> {
      try {
        return ZoneId.of(text.strip()).getId();
      } catch (DateTimeException unknown) {
        throw DuoError.invalidParameter(name);
      }
    };
  }
}
