package io.duoctl.core.orgs;

import java.util.List;
import java.util.stream.Collectors;

/** A CSV import was refused; nothing was imported. {@link #errors()} lists every bad line. */
public final class CsvImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<CsvLineError> errors;

  CsvImportException(List<CsvLineError> errors) {
    super(
        "nothing imported, "
            + errors.size()
            + (errors.size() == 1 ? " error: " : " errors: ")
            + errors.stream().map(CsvLineError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<CsvLineError> errors() {
    return errors;
  }
}
