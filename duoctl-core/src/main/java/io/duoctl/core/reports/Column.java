package io.duoctl.core.reports;

import io.duoctl.core.vocabulary.WireNames;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a report's row: its name (lower snake case, the same on every surface), type and
 * description, and how to read its value from a row (null: no value). Immutable.
 *
 * @param <R> the row type
 */
public record Column<R>(
    String name, ColumnType type, String description, Function<R, Object> value) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(value, "value");
  }

  public static <R> Column<R> text(String name, String description, Function<R, String> value) {
    return new Column<>(name, ColumnType.TEXT, description, value::apply);
  }

  public static <R> Column<R> integer(String name, String description, Function<R, Long> value) {
    return new Column<>(name, ColumnType.INTEGER, description, value::apply);
  }

  public static <R> Column<R> percent(String name, String description, Function<R, Double> value) {
    return new Column<>(name, ColumnType.PERCENT, description, value::apply);
  }

  public static <R> Column<R> instant(String name, String description, Function<R, Instant> value) {
    return new Column<>(name, ColumnType.INSTANT, description, value::apply);
  }

  public static <R> Column<R> bool(String name, String description, Function<R, Boolean> value) {
    return new Column<>(name, ColumnType.BOOLEAN, description, value::apply);
  }

  /** The value of this column in {@code row}, or null. */
  public Object of(R row) {
    return value.apply(row);
  }

  /** The type's wire name ({@code text}, {@code integer}, {@code percent}, ...). */
  public String typeName() {
    return WireNames.of(type);
  }
}
