package io.duoctl.core.mapping;

/** A Duo account that might be an organization's, with its similarity score (0 to 1). */
public record MatchCandidate(String accountId, String accountName, double score) {}
