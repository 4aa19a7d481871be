package io.duoctl.app.console.schedules;

import io.duoctl.app.console.Frame;
import io.duoctl.app.console.actions.FormState;
import io.duoctl.app.console.actions.InputForm;
import io.duoctl.app.console.workflows.WorkflowFormView;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.workflows.WorkflowSummary;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The form that creates or changes a schedule: its own fields, its workflow's inputs as the
 * workflow form generates them, and core's answer to the last submission.
 *
 * @param action where the form posts
 * @param editing whether it changes a stored schedule (its name and workflow stay)
 * @param workflows the workflows a new schedule may run, by name, to choose from
 * @param workflow the chosen workflow, or null until one is chosen
 * @param errors core's errors of the schedule's own fields by field name ({@code name}, {@code
 *     cron}, {@code time_zone}, …); those of no field under {@link FormState#FORM}
 * @param form the workflow's inputs as controls, or null until a workflow is chosen
 * @param state the inputs as typed, with core's errors on them
 * @param configurations every configuration's name
 * @param question core asks to confirm a workflow that may destroy across organizations, or null
 */
public record ScheduleFormView(
    Frame frame,
    String action,
    boolean editing,
    List<String> workflows,
    WorkflowSummary workflow,
    ScheduleFields fields,
    Map<String, String> errors,
    InputForm form,
    FormState state,
    List<String> configurations,
    WorkflowFormView.Question question) {

  /** The field of core's errors about the workflow's inputs ({@code inputs.user}). */
  static final String INPUTS = "inputs";

  private static final Set<String> OWN =
      Set.of(
          ScheduleFields.NAME,
          "workflow",
          ScheduleFields.CRON,
          ScheduleFields.TIME_ZONE,
          ScheduleFields.CONFIGURATION);

  /** Every IANA time zone id, sorted, for the time zone's suggestions. */
  public static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> !z.startsWith("SystemV/"))
          .sorted()
          .toList();

  public ScheduleFormView {
    workflows = List.copyOf(workflows);
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    configurations = List.copyOf(configurations);
  }

  /**
   * This form with core's field errors: those of an input ({@code inputs.user}) next to the input's
   * control, the others next to the schedule's own fields.
   */
  ScheduleFormView withErrors(List<FieldError> coreErrors) {
    List<FieldError> ofInputs = new ArrayList<>();
    Map<String, String> own = new LinkedHashMap<>(errors);
    for (FieldError error : coreErrors) {
      if (error.field().startsWith(INPUTS + ".")) {
        ofInputs.add(new FieldError(error.field().substring(INPUTS.length() + 1), error.message()));
      } else if (error.field().equals(INPUTS)) {
        ofInputs.add(error);
      } else {
        String key = OWN.contains(error.field()) ? error.field() : FormState.FORM;
        String message = key.equals(FormState.FORM) ? error.toString() : error.message();
        own.merge(key, message, (a, b) -> a + "; " + b);
      }
    }
    return with(own, form == null ? state : state.withErrors(form, ofInputs), question);
  }

  /** This form with one error of field {@code field} (e.g. a name already taken). */
  ScheduleFormView withError(String field, String message) {
    return withErrors(List.of(new FieldError(field, message)));
  }

  /** This form asking to confirm what {@code refused} names. */
  ScheduleFormView asking(ConfirmationNeededException refused) {
    return with(errors, state, WorkflowFormView.Question.of(refused));
  }

  private ScheduleFormView with(
      Map<String, String> newErrors, FormState newState, WorkflowFormView.Question newQuestion) {
    return new ScheduleFormView(
        frame,
        action,
        editing,
        workflows,
        workflow,
        fields,
        newErrors,
        form,
        newState,
        configurations,
        newQuestion);
  }

  /** Core's error of one of the schedule's own fields, or null. */
  public String error(String field) {
    return errors.get(field);
  }

  /** Core's errors that belong to no field, or null. */
  public String formError() {
    return errors.get(FormState.FORM);
  }

  /** The ids that describe a control: its help, and its error when it has one. */
  public String describedBy(String field, String id) {
    return error(field) == null ? "h-" + id : "h-" + id + " e-" + id;
  }

  /** {@code "true"} when {@code field} has an error (for {@code aria-invalid}), else null. */
  public String invalid(String field) {
    return error(field) == null ? null : "true";
  }
}
