package io.duoctl.core.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one spelling of an enum value on every surface (command line, REST, console, exports): its
 * constant's name in lower snake_case, e.g. {@code child_account}, {@code own_keys}, {@code admin},
 * {@code v5}, matching the snake_case of REST field names. Parsing is case-insensitive and also
 * takes the kebab-case spellings older versions accepted ({@code child-account}).
 */
public final class WireNames {
  private WireNames() {}

  /** The wire name of {@code value}, e.g. {@code own_keys} for {@code OWN_KEYS}. */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** Every wire name of {@code type}, in declaration order. */
  public static <E extends Enum<E>> List<String> all(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(WireNames::of).toList();
  }

  /** The accepted values as a sentence: {@code child_account, own_keys or parent}. */
  public static <E extends Enum<E>> String listed(Class<E> type) {
    List<String> names = all(type);
    return names.size() == 1
        ? names.getFirst()
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
  }

  /**
   * The constant {@code text} names, in any case, with {@code -} or {@code _} between words.
   *
   * @param field the input's name on the surface at hand, for the error ({@code access_mode},
   *     {@code --mode})
   * @throws InvalidValueException naming {@code field} and every accepted value if {@code text} is
   *     blank or names no constant
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException(field, "is required: one of " + listed(type));
    }
    String wanted = text.strip().replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(wanted)) {
        return constant;
      }
    }
    throw new InvalidValueException(
        field, "\"" + text.strip() + "\" is not one of " + listed(type));
  }
}
