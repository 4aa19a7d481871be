package io.duoctl.core.actions;

import io.duoctl.core.settings.DuoApi;
import java.util.List;

/** Fluent construction of an {@link ActionDefinition}; not thread-safe. */
public final class ActionBuilder {

  private final String id;
  private String title;
  private String description;
  private InputSchema input = InputSchema.of();
  private String output;
  private Effect effect = Effect.READ;
  private DuoApi api = DuoApi.ADMIN;
  private ActionLevel level = ActionLevel.ORGANIZATION;
  private List<String> secretOutputs = List.of();
  private boolean looksFirst;

  ActionBuilder(String id) {
    this.id = id;
  }

  public ActionBuilder title(String value) {
    this.title = value;
    return this;
  }

  public ActionBuilder description(String value) {
    this.description = value;
    return this;
  }

  public ActionBuilder input(Field... fields) {
    this.input = InputSchema.of(fields);
    return this;
  }

  public ActionBuilder output(String value) {
    this.output = value;
    return this;
  }

  public ActionBuilder reads() {
    this.effect = Effect.READ;
    return this;
  }

  public ActionBuilder changes() {
    this.effect = Effect.CHANGE;
    return this;
  }

  public ActionBuilder destroys() {
    this.effect = Effect.DESTRUCTIVE;
    return this;
  }

  public ActionBuilder api(DuoApi value) {
    this.api = value;
    return this;
  }

  /** Runs once on the MSP's parent account with no organization ({@link ActionLevel#PARENT}). */
  public ActionBuilder onParentAccount() {
    this.level = ActionLevel.PARENT;
    return this;
  }

  public ActionBuilder secretOutputs(String... fieldNames) {
    this.secretOutputs = List.of(fieldNames);
    return this;
  }

  /**
   * The handler looks at Duo before it changes anything and sends nothing when Duo is already as
   * asked ({@code Settled}: an object by its natural key, a link, an update's fields), reporting
   * the {@link Outcome}; so a rerun after an interrupted run settles instead of repeating ({@link
   * ActionDefinition#rerunSafe()}).
   */
  public ActionBuilder looksFirst() {
    this.looksFirst = true;
    return this;
  }

  public ActionDefinition handledBy(ActionHandler handler) {
    String category = id.substring(0, Math.max(0, id.indexOf('.')));
    return new ActionDefinition(
        id,
        title,
        category,
        description,
        input,
        output,
        effect,
        api,
        level,
        secretOutputs,
        handler,
        looksFirst);
  }
}
