package io.duoctl.core.logexport.exports;

import io.duoctl.core.logexport.LogKind;
import java.util.Objects;

/**
 * One unit of export work, owned by one node at a time: an export's log of one organization.
 *
 * @param export the export's name
 * @param organizationId the organization's id
 * @param log the log
 */
public record Partition(String export, String organizationId, LogKind log) {
  public Partition {
    Objects.requireNonNull(export, "export");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(log, "log");
  }

  @Override
  public String toString() {
    return export + "/" + organizationId + "/" + log.wireName();
  }
}
