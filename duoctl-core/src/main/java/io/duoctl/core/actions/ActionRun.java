package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * One audited run: who ran what where, with which (redacted) input, and how it ended. Holds no
 * secret: inputs are redacted and outputs are not kept.
 */
public record ActionRun(
    String actor,
    String organizationId,
    String organization,
    String action,
    JsonNode redactedInput,
    boolean ok,
    ErrorCode errorCode,
    Integer duoCode,
    Duration duration,
    boolean dryRun,
    Optional<String> jobId) {}
