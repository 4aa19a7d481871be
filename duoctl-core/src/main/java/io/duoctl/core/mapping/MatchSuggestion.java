package io.duoctl.core.mapping;

import java.util.List;
import java.util.Optional;

/**
 * The suggested Duo account for one unmapped organization.
 *
 * @param best the best candidate, absent for {@link MatchConfidence#NONE}
 * @param candidates the best few candidates, best first (for a person to choose from)
 */
public record MatchSuggestion(
    String organizationId,
    String organizationName,
    MatchConfidence confidence,
    Optional<MatchCandidate> best,
    List<MatchCandidate> candidates) {
  public MatchSuggestion {
    candidates = List.copyOf(candidates);
  }

  /** Whether applying suggestions would map this organization. */
  public boolean applicable() {
    return confidence == MatchConfidence.CONFIDENT;
  }
}
