package io.duoctl.core.reports.snapshots;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** A range of snapshots was asked for with bad dates; nothing was read. */
public final class InvalidSnapshotQueryException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidSnapshotQueryException(List<FieldError> errors) {
    super("invalid snapshot query", errors);
  }
}
