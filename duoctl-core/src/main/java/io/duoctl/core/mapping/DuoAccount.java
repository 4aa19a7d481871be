package io.duoctl.core.mapping;

import java.time.Instant;

/** A cached Duo child account of a configuration, with when the cache was last refreshed. */
public record DuoAccount(
    String configurationName,
    String accountId,
    String name,
    String apiHostname,
    Instant refreshedAt) {}
