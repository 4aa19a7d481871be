package io.duoctl.core.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * How alike two company names are, from 0.0 to 1.0, after {@link NameNormalizer}: 1.0 when they
 * normalize to the same words (ignoring spaces), otherwise the mean of a fuzzy token overlap (each
 * word paired with its best Jaro-Winkler match, Dice-style) and the Jaro-Winkler similarity of the
 * words in sorted order. Word order does not matter; a missing word costs more than a typo.
 */
final class NameSimilarity {
  private static final double TOKEN_MATCH = 0.88;

  private NameSimilarity() {}

  static double score(String nameA, String nameB) {
    return scoreTokens(NameNormalizer.tokens(nameA), NameNormalizer.tokens(nameB));
  }

  static double scoreTokens(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    if (String.join("", a).equals(String.join("", b))) {
      return 1.0;
    }
    String sortedA = String.join(" ", a.stream().sorted().toList());
    String sortedB = String.join(" ", b.stream().sorted().toList());
    if (sortedA.equals(sortedB)) {
      return 1.0;
    }
    return 0.5 * tokenOverlap(a, b) + 0.5 * JaroWinkler.similarity(sortedA, sortedB);
  }

  private static double tokenOverlap(List<String> a, List<String> b) {
    List<String> unused = new ArrayList<>(b);
    double matched = 0;
    for (String word : a) {
      int best = -1;
      double bestScore = TOKEN_MATCH;
      for (int i = 0; i < unused.size(); i++) {
        double s = JaroWinkler.similarity(word, unused.get(i));
        if (s >= bestScore) {
          best = i;
          bestScore = s;
        }
      }
      if (best >= 0) {
        matched += bestScore;
        unused.remove(best);
      }
    }
    return 2 * matched / (a.size() + b.size());
  }
}
