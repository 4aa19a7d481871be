package io.duoctl.core.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs organizations with Duo accounts by name, one to one. A pair is {@link
 * MatchConfidence#CONFIDENT} only when it scores at least the threshold and beats, by at least the
 * margin, both every other account for that organization and every other organization for that
 * account; such pairs are mutual best matches, so no account is suggested twice. Pure and
 * thread-safe.
 */
final class MatchSuggester {
  static final double THRESHOLD = 0.88;
  static final double MARGIN = 0.05;
  private static final double CANDIDATE_FLOOR = 0.6;
  private static final int MAX_CANDIDATES = 3;

  record Party(String id, String name) {}

  private MatchSuggester() {}

  static List<MatchSuggestion> suggest(List<Party> organizations, List<Party> accounts) {
    Map<String, List<String>> accountTokens = new HashMap<>();
    accounts.forEach(a -> accountTokens.put(a.id(), NameNormalizer.tokens(a.name())));
    Map<String, List<MatchCandidate>> byOrg = new HashMap<>();
    Map<String, List<Double>> scoresByAccount = new HashMap<>();
    for (Party org : organizations) {
      List<String> orgTokens = NameNormalizer.tokens(org.name());
      List<MatchCandidate> candidates = new ArrayList<>();
      for (Party account : accounts) {
        double score = NameSimilarity.scoreTokens(orgTokens, accountTokens.get(account.id()));
        if (score >= CANDIDATE_FLOOR) {
          candidates.add(new MatchCandidate(account.id(), account.name(), score));
          scoresByAccount.computeIfAbsent(account.id(), k -> new ArrayList<>()).add(score);
        }
      }
      candidates.sort(
          Comparator.comparingDouble(MatchCandidate::score)
              .reversed()
              .thenComparing(MatchCandidate::accountName));
      byOrg.put(org.id(), candidates);
    }
    List<MatchSuggestion> suggestions = new ArrayList<>();
    for (Party org : organizations) {
      List<MatchCandidate> candidates = byOrg.get(org.id());
      Optional<MatchCandidate> best = candidates.stream().findFirst();
      MatchConfidence confidence = confidence(candidates, scoresByAccount);
      suggestions.add(
          new MatchSuggestion(
              org.id(),
              org.name(),
              confidence,
              best,
              candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()))));
    }
    return suggestions;
  }

  private static MatchConfidence confidence(
      List<MatchCandidate> candidates, Map<String, List<Double>> scoresByAccount) {
    if (candidates.isEmpty()) {
      return MatchConfidence.NONE;
    }
    MatchCandidate best = candidates.get(0);
    if (best.score() < THRESHOLD) {
      return MatchConfidence.WEAK;
    }
    if (candidates.size() > 1 && best.score() - candidates.get(1).score() < MARGIN) {
      return MatchConfidence.AMBIGUOUS;
    }
    List<Double> rivals = new ArrayList<>(scoresByAccount.get(best.accountId()));
    rivals.remove(best.score());
    boolean contested = rivals.stream().anyMatch(s -> best.score() - s < MARGIN);
    return contested ? MatchConfidence.AMBIGUOUS : MatchConfidence.CONFIDENT;
  }
}
