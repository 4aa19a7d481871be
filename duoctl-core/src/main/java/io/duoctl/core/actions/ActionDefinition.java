package io.duoctl.core.actions;

import io.duoctl.core.settings.DuoApi;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One catalog entry: what an action is called, what it needs and does, and who executes it.
 *
 * @param id stable dotted id, e.g. {@code users.create}
 * @param title short human title
 * @param category the catalog category (the id's first segment)
 * @param description what it does, for help texts and the OpenAPI document
 * @param input the input schema
 * @param output what {@code data} holds on success
 * @param effect read, change or destructive
 * @param api the Duo API whose keys it needs
 * @param level whether it runs for one organization or once on the MSP's parent account
 * @param secretOutputs names of output fields that carry secrets (bypass codes, activation codes
 *     and URLs), at any depth; shown to the caller once, redacted everywhere else
 * @param handler what executes it
 * @param looksFirst whether a change looks at Duo before it makes it and sends nothing when Duo is
 *     already as asked (an object by its natural key, a link, an update's fields), so a second run
 *     finds what an interrupted first one did instead of doing it again and reports the {@link
 *     Outcome} ({@code Settled})
 */
public record ActionDefinition(
    String id,
    String title,
    String category,
    String description,
    InputSchema input,
    String output,
    Effect effect,
    DuoApi api,
    ActionLevel level,
    List<String> secretOutputs,
    ActionHandler handler,
    boolean looksFirst) {

  /** The category of the raw signed requests ({@code raw.admin}, {@code raw.accounts}, …). */
  public static final String RAW_CATEGORY = "raw";

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

  public ActionDefinition {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("action id must look like users.create: " + id);
    }
    requireText(title, "title");
    requireText(description, "description");
    requireText(output, "output");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(handler, "handler");
    secretOutputs = List.copyOf(secretOutputs);
    if (!id.startsWith(category + ".")) {
      throw new IllegalArgumentException(
          "action " + id + " must start with its category " + category);
    }
  }

  /** Starts a definition; the category is the id's first segment. */
  public static ActionBuilder define(String id) {
    return new ActionBuilder(id);
  }

  public boolean readOnly() {
    return effect == Effect.READ;
  }

  public boolean mutating() {
    return effect != Effect.READ;
  }

  /**
   * Whether running it again after a run that was interrupted (its answer lost, its process killed)
   * neither repeats nor doubles a change: it reads, or it looks before it changes.
   */
  public boolean rerunSafe() {
    return readOnly() || looksFirst;
  }

  public boolean destructive() {
    return effect == Effect.DESTRUCTIVE;
  }

  /** Whether it runs once on the MSP's parent account, with no organization. */
  public boolean parentLevel() {
    return level == ActionLevel.PARENT;
  }

  /**
   * Checks that {@code organization} fits this action: none for a parent-level action, one for the
   * others.
   *
   * @param organization the organization asked for, or null (or blank) for none
   * @throws ActionLevelException naming the rule and the fix
   */
  public void checkOrganization(String organization) {
    boolean given = organization != null && !organization.isBlank();
    if (parentLevel() && given) {
      throw ActionLevelException.organizationGiven(this);
    }
    if (!parentLevel() && !given) {
      throw ActionLevelException.organizationMissing(this);
    }
  }

  /**
   * Checks that this action may run once per organization (a fan-out job).
   *
   * @throws ActionLevelException for a parent-level action
   */
  public void checkPerOrganization() {
    if (parentLevel()) {
      throw ActionLevelException.perOrganization(this);
    }
  }

  public boolean returnsSecrets() {
    return !secretOutputs.isEmpty();
  }

  /**
   * Whether a person must see this action's secret outputs (bypass codes, activation links) to make
   * use of it: true for every action that returns secrets except the raw requests, which return
   * them only for the few paths that mint them. Such an action is best run for one organization at
   * a time where the results are not printed at once (a console page, a REST job).
   */
  public boolean handsOutSecrets() {
    return returnsSecrets() && !category.equals(RAW_CATEGORY);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
