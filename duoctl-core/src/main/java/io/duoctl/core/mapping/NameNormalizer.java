package io.duoctl.core.mapping;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a company name to the words that identify it: case folded, accents and punctuation
 * removed, {@code &} and {@code +} read as "and", a leading "The" and trailing legal forms (Inc,
 * LLC, Ltd, GmbH, Corp, Co, PLC, AG, SA, BV, Pty, ...) dropped. "ACME, Inc." and "Acme" both become
 * {@code acme}; "Müller & Söhne GmbH" becomes {@code muller and sohne}.
 */
final class NameNormalizer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern JOINERS = Pattern.compile("['’`.]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "inc",
          "incorporated",
          "llc",
          "llp",
          "lp",
          "pllc",
          "pc",
          "ltd",
          "limited",
          "gmbh",
          "mbh",
          "corp",
          "corporation",
          "co",
          "company",
          "plc",
          "ag",
          "sa",
          "sas",
          "sarl",
          "bv",
          "nv",
          "pty",
          "srl",
          "spa",
          "sl",
          "kg",
          "ohg",
          "ug",
          "oy",
          "ab",
          "as",
          "aps",
          "kk",
          "ltda",
          "na");

  private NameNormalizer() {}

  /** The identifying words of {@code name}, joined by single spaces; may be empty. */
  static String normalize(String name) {
    return String.join(" ", tokens(name));
  }

  /** The identifying words of {@code name}. */
  static List<String> tokens(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFKD);
    text = MARKS.matcher(text).replaceAll("");
    text = foldSpecialLetters(text.toLowerCase(Locale.ROOT));
    text = text.replace("&", " and ").replace("+", " and ");
    text = JOINERS.matcher(text).replaceAll("");
    List<String> words =
        new ArrayList<>(Arrays.stream(SEPARATORS.split(text)).filter(w -> !w.isEmpty()).toList());
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    while (words.size() > 1 && isLegalTail(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return words;
  }

  private static boolean isLegalTail(String word) {
    return LEGAL_FORMS.contains(word) || word.equals("and");
  }

  private static String foldSpecialLetters(String text) {
    return text.replace("ß", "ss")
        .replace("æ", "ae")
        .replace("œ", "oe")
        .replace("ø", "o")
        .replace("ł", "l")
        .replace("đ", "d")
        .replace("ı", "i");
  }
}
