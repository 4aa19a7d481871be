package io.duoctl.core.jobs;

import java.util.Objects;

/**
 * An organization a job over a tag or every organization left out, because duoctl cannot reach it
 * for the action's API (not mapped, mapping stale, own keys missing).
 *
 * @param reason why, and how to fix it; never holds secrets
 */
public record SkippedOrganization(String organizationId, String organization, String reason) {
  public SkippedOrganization {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(reason, "reason");
  }

  /** How it is shown in one line: {@code Harbor Dental (reason)}. */
  public String describe() {
    return organization + " (" + reason + ")";
  }
}
