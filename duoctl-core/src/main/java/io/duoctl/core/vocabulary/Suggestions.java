package io.duoctl.core.vocabulary;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The nearest known name to a misspelt one, by edit distance. */
public final class Suggestions {
  private Suggestions() {}

  /** The known name closest to {@code wanted}, if it is close enough to be a typo. */
  public static Optional<String> nearest(String wanted, Collection<String> known) {
    int limit = Math.max(2, wanted.length() / 3);
    return known.stream()
        .filter(k -> distance(wanted, k) <= limit)
        .min(Comparator.comparingInt((String k) -> distance(wanted, k)).thenComparing(k -> k));
  }

  /** {@code ; did you mean X?} or nothing. */
  public static String didYouMean(String wanted, Collection<String> known) {
    return nearest(wanted, known).map(k -> "; did you mean " + k + "?").orElse("");
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
