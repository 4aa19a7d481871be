package io.duoctl.core.logexport.exports;

import java.util.Objects;

/** An organization an export reads: duoctl's id and its name, carried by every event. */
public record ExportOrganization(String id, String name) {
  public ExportOrganization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
