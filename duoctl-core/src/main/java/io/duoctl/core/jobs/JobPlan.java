package io.duoctl.core.jobs;

import io.duoctl.core.access.ApiScope;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a node needs, beyond the stored job, to resume it after its own node is gone.
 *
 * @param configuration the configuration the job runs in; empty for the default
 * @param scope what the caller was allowed
 * @param confirmed the confirmation the caller gave for a destructive job
 */
record JobPlan(Optional<String> configuration, ApiScope scope, OptionalInt confirmed) {}
