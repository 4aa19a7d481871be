package io.duoctl.core.reports;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionScopes;
import io.duoctl.core.actions.Field;
import io.duoctl.core.actions.InputSchema;
import io.duoctl.core.settings.DuoApi;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One report: its name ({@code mfa_coverage}), title, description, typed inputs, typed row with its
 * columns, and the source of an organization's rows. Every report reads the Admin API of each
 * organization and changes nothing. Immutable.
 *
 * @param inputs the inputs as the fields of a read-only action, so that they are declared, read and
 *     checked exactly like an action's ({@link io.duoctl.core.actions.InputValidator})
 * @param <R> the row type
 */
public record ReportDefinition<R>(
    String name,
    String title,
    String description,
    ActionDefinition inputs,
    List<Column<R>> columns,
    ReportSource<R> source) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public ReportDefinition {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("name must be lower snake case, was " + name);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(inputs, "inputs");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("columns must not be empty");
    }
    Objects.requireNonNull(source, "source");
  }

  /** A report with these input fields (none: no inputs). */
  public static <R> ReportDefinition<R> of(
      String name,
      String title,
      String description,
      List<Field> fields,
      List<Column<R>> columns,
      ReportSource<R> source) {
    ActionDefinition inputs =
        ActionDefinition.define(actionId(name))
            .title(title)
            .description(description)
            .input(fields.toArray(Field[]::new))
            .output("report rows")
            .reads()
            .api(DuoApi.ADMIN)
            .handledBy(
                (context, input) -> {
                  throw new UnsupportedOperationException("a report runs through ReportRunner");
                });
    return new ReportDefinition<>(name, title, description, inputs, columns, source);
  }

  /** The id a run of report {@code name} is audited under: {@code report.<name>}. */
  public static String actionId(String name) {
    return "report." + name;
  }

  /** The JSON Schema of the inputs. */
  public InputSchema input() {
    return inputs.input();
  }

  /**
   * The least scope that may run this report: a read-only action's, by the rule every front end
   * shares ({@link ActionScopes#required}).
   */
  public ApiScope scope() {
    return ActionScopes.required(inputs);
  }

  /** The API every organization is read through. */
  public DuoApi api() {
    return inputs.api();
  }
}
