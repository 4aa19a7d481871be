package io.duoctl.core.mapping;

/** How sure a suggested match is; only {@link #CONFIDENT} matches are ever applied. */
public enum MatchConfidence {
  /** Above the threshold and clearly better than any other candidate, on both sides. */
  CONFIDENT,
  /** Another account (or another organization) scores within the margin: a person must choose. */
  AMBIGUOUS,
  /** The best candidate scores below the threshold. */
  WEAK,
  /** No unmapped account resembles the organization at all. */
  NONE
}
