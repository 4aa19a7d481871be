package io.duoctl.core.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The type of one Duo account setting (admin-api.md §6.14): which values a baseline may hold, how
 * one is sent to Duo, and when Duo's answer already has it. A value given as text (the command
 * line) is read like its JSON form, so {@code "5"} is the number 5.
 */
interface SettingType {

  JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What a value must be, for messages: {@code a whole number from 1 to 9999}. */
  String expected();

  /** The value in its stored form, or empty when {@code given} is not one of this type. */
  Optional<JsonNode> canonical(JsonNode given);

  /** The stored value as a POST parameter. */
  default String wire(JsonNode value) {
    return value.asText();
  }

  /** Whether Duo's {@code actual} (null or a JSON null when absent) already is {@code value}. */
  boolean same(JsonNode value, JsonNode actual);

  static SettingType whole(long min, long max) {
    return new Whole(min, max, false, false);
  }

  /** 0 switches the feature off; Duo answers 0. */
  static SettingType wholeOrOff(long min, long max) {
    return new Whole(min, max, true, false);
  }

  /** 0 means none; Duo answers null. */
  static SettingType wholeOrNone(long min, long max) {
    return new Whole(min, max, true, true);
  }

  /** A boolean Duo takes as {@code 1}/{@code 0} and answers as {@code true}/{@code false}. */
  static SettingType flag() {
    return new Flag(false);
  }

  /** A boolean Duo takes and answers as {@code 1}/{@code 0} ({@code sms_refresh}). */
  static SettingType bit() {
    return new Flag(true);
  }

  static SettingType decimal(long min, long max) {
    return new Decimal(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }

  static SettingType text(int maxLength) {
    return new Text("text of at most " + maxLength + " characters", t -> t.length() <= maxLength);
  }

  static SettingType email() {
    return new Text(
        "an email address, or empty for none",
        t -> t.isEmpty() || t.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"));
  }

  static SettingType keypress() {
    return new Text("one key: a digit, # or *", t -> t.matches("[0-9#*]?"));
  }

  static SettingType timezone() {
    return new Text("an IANA time zone such as Europe/Berlin or UTC", SettingType::isZone);
  }

  static SettingType choice(String... values) {
    return new Choice(List.of(values));
  }

  private static boolean isZone(String text) {
    try {
      return ZoneId.of(text).getId().equals(text);
    } catch (DateTimeException unknown) {
      return false;
    }
  }

  /** {@code given} as text when it is a string or a number, else empty. */
  private static Optional<String> scalarText(JsonNode given) {
    return given != null && (given.isTextual() || given.isNumber())
        ? Optional.of(given.asText().strip())
        : Optional.empty();
  }

  private static boolean absent(JsonNode actual) {
    return actual == null || actual.isNull() || actual.isMissingNode();
  }

  record Whole(long min, long max, boolean zeroAllowed, boolean zeroIsNull) implements SettingType {
    @Override
    public String expected() {
      return "a whole number from "
          + min
          + " to "
          + max
          + (zeroAllowed ? (zeroIsNull ? ", or 0 for none" : ", or 0 for off") : "");
    }

    @Override
    public Optional<JsonNode> canonical(JsonNode given) {
      Optional<Long> number = wholeNumber(given);
      return number
          .filter(n -> (n >= min && n <= max) || (zeroAllowed && n == 0))
          .map(NODES::numberNode);
    }

    @Override
    public boolean same(JsonNode value, JsonNode actual) {
      if (absent(actual)) {
        return zeroIsNull && value.asLong() == 0;
      }
      return wholeNumber(actual).map(n -> n == value.asLong()).orElse(false);
    }

    private static Optional<Long> wholeNumber(JsonNode given) {
      if (given != null && given.isIntegralNumber() && given.canConvertToLong()) {
        return Optional.of(given.asLong());
      }
      return scalarText(given).flatMap(Whole::parse);
    }

    private static Optional<Long> parse(String text) {
      try {
        BigDecimal number = new BigDecimal(text);
        return Optional.of(number.longValueExact());
      } catch (NumberFormatException | ArithmeticException notWhole) {
        return Optional.empty();
      }
    }
  }

  record Flag(boolean bit) implements SettingType {
    @Override
    public String expected() {
      return "true or false" + (bit ? " (Duo writes it as 1 or 0)" : "");
    }

    @Override
    public Optional<JsonNode> canonical(JsonNode given) {
      return truth(given).map(b -> bit ? NODES.numberNode(b ? 1 : 0) : NODES.booleanNode(b));
    }

    @Override
    public String wire(JsonNode value) {
      return truth(value).orElseThrow() ? "1" : "0";
    }

    @Override
    public boolean same(JsonNode value, JsonNode actual) {
      Optional<Boolean> duo = truth(actual);
      return duo.isPresent() && duo.get().equals(truth(value).orElseThrow());
    }

    private static Optional<Boolean> truth(JsonNode given) {
      if (given != null && given.isBoolean()) {
        return Optional.of(given.booleanValue());
      }
      return scalarText(given)
          .flatMap(
              text ->
                  switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "1", "yes" -> Optional.of(true);
                    case "false", "0", "no" -> Optional.of(false);
                    default -> Optional.empty();
                  });
    }
  }

  record Decimal(BigDecimal min, BigDecimal max) implements SettingType {
    @Override
    public String expected() {
      return "a number from " + min + " to " + max;
    }

    @Override
    public Optional<JsonNode> canonical(JsonNode given) {
      return number(given)
          .filter(n -> n.compareTo(min) >= 0 && n.compareTo(max) <= 0)
          .map(n -> NODES.numberNode(n.stripTrailingZeros()));
    }

    @Override
    public String wire(JsonNode value) {
      return value.decimalValue().toPlainString();
    }

    @Override
    public boolean same(JsonNode value, JsonNode actual) {
      return number(actual).map(n -> n.compareTo(value.decimalValue()) == 0).orElse(false);
    }

    private static Optional<BigDecimal> number(JsonNode given) {
      try {
        return scalarText(given).map(BigDecimal::new);
      } catch (NumberFormatException notANumber) {
        return Optional.empty();
      }
    }
  }

  /** Text Duo keeps as given; Duo's null is the empty text. */
  record Text(String expected, java.util.function.Predicate<String> valid) implements SettingType {
    @Override
    public Optional<JsonNode> canonical(JsonNode given) {
      return given != null && given.isTextual() && valid.test(given.asText().strip())
          ? Optional.of(NODES.textNode(given.asText().strip()))
          : Optional.empty();
    }

    @Override
    public boolean same(JsonNode value, JsonNode actual) {
      return value.asText().equals(absent(actual) ? "" : actual.asText());
    }
  }

  /** One of Duo's spellings, matched ignoring case and stored in Duo's casing. */
  record Choice(List<String> values) implements SettingType {
    @Override
    public String expected() {
      return "one of " + String.join(", ", values);
    }

    @Override
    public Optional<JsonNode> canonical(JsonNode given) {
      return scalarText(given)
          .flatMap(text -> values.stream().filter(v -> v.equalsIgnoreCase(text)).findFirst())
          .map(NODES::textNode);
    }

    @Override
    public boolean same(JsonNode value, JsonNode actual) {
      return !absent(actual) && value.asText().equalsIgnoreCase(actual.asText());
    }
  }
}
