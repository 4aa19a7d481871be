package io.duoctl.core.orgs;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.SecretVault;
import io.duoctl.core.settings.ConfigurationNotFoundException;
import io.duoctl.core.settings.SettingsService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Creates, finds and changes organizations: names, tags, variables and access mode (their keys are
 * managed by {@link OrganizationKeyService}). Each change is one transaction with its audit entry.
 * Thread-safe.
 */
public final class OrganizationService {
  private final Jdbi jdbi;
  private final OrganizationStore store;
  private final SettingsService settings;
  private final OrganizationChanges changes;

  public OrganizationService(
      Jdbi jdbi, SecretVault vault, SettingsService settings, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.store = new OrganizationStore(vault);
    this.settings = settings;
    this.changes = new OrganizationChanges(jdbi, store, audit, clock);
  }

  /**
   * Creates an organization.
   *
   * @throws InvalidOrganizationException listing every rejected field
   * @throws DuplicateOrganizationException if the configuration already has an organization of that
   *     name
   * @throws io.duoctl.core.settings.ConfigurationNotFoundException if the configuration is unknown
   */
  public Organization create(NewOrganization org, String actor) {
    List<FieldError> errors = new ArrayList<>();
    check(org, "", errors);
    OrganizationRules.throwIfAny(errors);
    String configuration = settings.get(org.configurationName()).name();
    return jdbi.inTransaction(handle -> insert(handle, configuration, org, "created", actor));
  }

  /**
   * Creates an organization within the caller's transaction, for core services that compose a
   * larger change (such as creating organizations from Duo accounts and mapping them at once).
   *
   * @param org must name its configuration
   */
  public Organization createWithin(Handle handle, NewOrganization org, String actor) {
    List<FieldError> errors = new ArrayList<>();
    check(org, "", errors);
    OrganizationRules.throwIfAny(errors);
    return insert(handle, org.configurationName(), org, "created", actor);
  }

  /**
   * The organization with {@code id} as the caller's transaction sees it, for core services that
   * compose a larger change and return its result.
   *
   * @throws OrganizationNotFoundException if there is none
   */
  public Organization getWithin(Handle handle, String id) {
    return require(handle, id);
  }

  /** Whether the configuration has an organization of that name (case-insensitive). */
  public boolean nameTaken(Handle handle, String configuration, String name) {
    return store.nameTaken(handle, configuration, name, null);
  }

  static void check(NewOrganization org, String prefix, List<FieldError> errors) {
    OrganizationRules.checkName(prefix + "name", org.name(), errors);
    OrganizationRules.checkExternalId(prefix + "external_id", org.externalId(), errors);
    OrganizationRules.checkTags(prefix + "tags", org.tags(), errors);
    OrganizationRules.checkVariables(org.variables(), errors);
  }

  Organization insert(
      Handle handle, String configuration, NewOrganization org, String action, String actor) {
    if (store.nameTaken(handle, configuration, org.name(), null)) {
      throw duplicate(org.name(), configuration);
    }
    String id = UUID.randomUUID().toString();
    store.insert(handle, id, configuration, org, now());
    List<AuditChange> recorded = new ArrayList<>();
    recorded.add(AuditChange.of("name", null, org.name().strip()));
    recorded.add(AuditChange.of("configuration", null, configuration));
    recorded.add(AuditChange.of("access_mode", null, org.accessMode()));
    if (org.externalId() != null) {
      recorded.add(AuditChange.of("external_id", null, org.externalId()));
    }
    if (!org.tags().isEmpty()) {
      recorded.add(AuditChange.of("tags", null, new TreeSet<>(org.tags())));
    }
    org.variables().forEach((k, v) -> recorded.add(AuditChange.of("variables." + k, null, v)));
    append(handle, actor, id, action, recorded);
    return store.find(handle, id).orElseThrow();
  }

  /** Renames an organization. */
  public Organization rename(String id, String newName, String actor) {
    List<FieldError> errors = new ArrayList<>();
    OrganizationRules.checkName("name", newName, errors);
    OrganizationRules.throwIfAny(errors);
    return change(
        id,
        actor,
        "renamed",
        (handle, org) -> {
          if (store.nameTaken(handle, org.configurationName(), newName, id)) {
            throw duplicate(newName, org.configurationName());
          }
          store.rename(handle, id, newName, now());
          return List.of(AuditChange.of("name", org.name(), newName.strip()));
        });
  }

  /**
   * Makes every change of {@code update} at once: all are checked first, then applied in one
   * transaction with their audit entries (access-mode-set, tagged, untagged, variable-set,
   * variable-removed, renamed), so a failure leaves the organization as it was.
   *
   * @return the organization afterwards (as it is, when {@code update} changes nothing)
   * @throws InvalidOrganizationException naming every rejected field ({@code name}, {@code
   *     add_tags}, {@code variables.<name>}, {@code variables} past {@link
   *     OrganizationLimits#MAX_VARIABLES}, and a tag or variable both added and removed)
   * @throws DuplicateOrganizationException if the new name is taken in its configuration
   * @throws OrganizationNotFoundException if there is no organization {@code id}
   */
  public Organization update(String id, OrganizationUpdate update, String actor) {
    List<FieldError> errors = new ArrayList<>();
    if (update.name() != null) {
      OrganizationRules.checkName("name", update.name(), errors);
    }
    OrganizationRules.checkTags("add_tags", update.addTags(), errors);
    OrganizationRules.checkVariables(update.variables(), errors);
    update.addTags().stream()
        .filter(update.removeTags()::contains)
        .forEach(
            tag ->
                errors.add(
                    new FieldError(
                        "remove_tags", "tag \"" + tag + "\" is also added; name it once")));
    update.variables().keySet().stream()
        .filter(update.removeVariables()::contains)
        .forEach(
            name ->
                errors.add(
                    new FieldError(
                        "remove_variables",
                        "variable \"" + name + "\" is also set; name it once")));
    OrganizationRules.throwIfAny(errors);
    if (update.isEmpty()) {
      return get(id);
    }
    return jdbi.inTransaction(
        handle -> {
          Organization org = require(handle, id);
          apply(handle, org, update, actor);
          return store.find(handle, id).orElseThrow();
        });
  }

  private void apply(Handle handle, Organization org, OrganizationUpdate update, String actor) {
    List<FieldError> errors = new ArrayList<>();
    OrganizationRules.checkTagCount(
        "add_tags",
        OrganizationRules.countAfter(org.tags(), update.addTags(), update.removeTags()),
        errors);
    OrganizationRules.checkVariableCount(
        OrganizationRules.countAfter(
            org.variables().keySet(), update.variables().keySet(), update.removeVariables()),
        errors);
    OrganizationRules.throwIfAny(errors);
    String id = org.id();
    Instant now = now();
    if (update.accessMode() != null) {
      store.setAccessMode(handle, id, update.accessMode(), now);
      append(
          handle,
          actor,
          id,
          "access-mode-set",
          List.of(AuditChange.of("access_mode", org.accessMode(), update.accessMode())));
    }
    if (!update.addTags().isEmpty()) {
      update.addTags().forEach(tag -> store.addTag(handle, id, tag));
      append(
          handle,
          actor,
          id,
          "tagged",
          List.of(AuditChange.of("tags", null, String.join(",", update.addTags()))));
    }
    if (!update.removeTags().isEmpty()) {
      update.removeTags().forEach(tag -> store.removeTag(handle, id, tag));
      append(
          handle,
          actor,
          id,
          "untagged",
          List.of(AuditChange.of("tags", String.join(",", update.removeTags()), null)));
    }
    update
        .variables()
        .forEach(
            (name, value) -> {
              store.setVariable(handle, id, name, value);
              append(
                  handle,
                  actor,
                  id,
                  "variable-set",
                  List.of(AuditChange.of("variables." + name, org.variables().get(name), value)));
            });
    update
        .removeVariables()
        .forEach(
            name -> {
              store.removeVariable(handle, id, name);
              append(
                  handle,
                  actor,
                  id,
                  "variable-removed",
                  List.of(AuditChange.of("variables." + name, org.variables().get(name), null)));
            });
    // last, so a taken name is found after the other writes and rolls them back too
    if (update.name() != null) {
      if (store.nameTaken(handle, org.configurationName(), update.name(), id)) {
        throw duplicate(update.name(), org.configurationName());
      }
      store.rename(handle, id, update.name(), now);
      append(
          handle,
          actor,
          id,
          "renamed",
          List.of(AuditChange.of("name", org.name(), update.name().strip())));
    }
    store.touch(handle, id, now);
  }

  /**
   * The name of the configuration {@code org} may move to, for the mapping's move of an
   * organization, which decides what happens to its mapping.
   *
   * @throws InvalidOrganizationException naming {@code configuration} when it is blank, unknown or
   *     the organization's own
   */
  public String moveTarget(Organization org, String configuration) {
    if (configuration == null || configuration.isBlank()) {
      throw invalidTarget("name the configuration to move " + org.name() + " to");
    }
    String target;
    try {
      target = settings.get(configuration.strip()).name();
    } catch (ConfigurationNotFoundException e) {
      throw invalidTarget(
          "no configuration named \""
              + OrganizationRules.quoted(configuration)
              + "\"; list them with duoctl config list");
    }
    if (target.equals(org.configurationName())) {
      throw invalidTarget(
          org.name() + " is already in configuration \"" + target + "\"; name another one");
    }
    return target;
  }

  /**
   * Moves {@code org} to configuration {@code target} (from {@link #moveTarget}) within the
   * caller's transaction, with its tags, variables, access mode and keys, and records it as
   * "moved".
   *
   * @throws DuplicateOrganizationException if {@code target} has an organization of that name
   */
  public Organization moveWithin(Handle handle, Organization org, String target, String actor) {
    if (store.nameTaken(handle, target, org.name(), org.id())) {
      throw duplicate(org.name(), target);
    }
    store.setConfiguration(handle, org.id(), target, now());
    append(
        handle,
        actor,
        org.id(),
        "moved",
        List.of(AuditChange.of("configuration", org.configurationName(), target)));
    return require(handle, org.id());
  }

  private static InvalidOrganizationException invalidTarget(String message) {
    return new InvalidOrganizationException(List.of(new FieldError("configuration", message)));
  }

  /** Deletes an organization with its tags, variables, mapping and secrets. */
  public void delete(String id, String actor) {
    jdbi.useTransaction(
        handle -> {
          Organization org = require(handle, id);
          store.delete(handle, id);
          append(handle, actor, id, "deleted", List.of(AuditChange.of("name", org.name(), null)));
        });
  }

  /** Adds {@code tag} (no effect if present). */
  public Organization tag(String id, String tag, String actor) {
    return tag(id, List.of(tag == null ? "" : tag), actor);
  }

  /**
   * Adds every tag of {@code tags} in one change: all are checked first, and none is added when one
   * is invalid. Tags already present are left as they are.
   *
   * @throws InvalidOrganizationException naming each invalid tag
   */
  public Organization tag(String id, Collection<String> tags, String actor) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> stripped = new LinkedHashSet<>();
    tags.forEach(tag -> stripped.add(tag == null ? "" : tag.strip()));
    OrganizationRules.checkTags("tag", stripped, errors);
    OrganizationRules.throwIfAny(errors);
    return change(
        id,
        actor,
        "tagged",
        (handle, org) -> {
          List<FieldError> tooMany = new ArrayList<>();
          OrganizationRules.checkTagCount(
              "tag", OrganizationRules.countAfter(org.tags(), stripped, Set.of()), tooMany);
          OrganizationRules.throwIfAny(tooMany);
          stripped.forEach(tag -> store.addTag(handle, id, tag));
          store.touch(handle, id, now());
          return List.of(AuditChange.of("tags", null, String.join(",", stripped)));
        });
  }

  /** Removes {@code tag} (no effect if absent). */
  public Organization untag(String id, String tag, String actor) {
    return untag(id, List.of(tag), actor);
  }

  /** Removes every tag of {@code tags} in one change (absent ones are ignored). */
  public Organization untag(String id, Collection<String> tags, String actor) {
    return change(
        id,
        actor,
        "untagged",
        (handle, org) -> {
          tags.forEach(tag -> store.removeTag(handle, id, tag));
          store.touch(handle, id, now());
          return List.of(AuditChange.of("tags", String.join(",", tags), null));
        });
  }

  /** Sets a free-form variable. */
  public Organization setVariable(String id, String name, String value, String actor) {
    List<FieldError> errors = new ArrayList<>();
    OrganizationRules.checkVariable(name, value, errors);
    OrganizationRules.throwIfAny(errors);
    return change(
        id,
        actor,
        "variable-set",
        (handle, org) -> {
          List<FieldError> tooMany = new ArrayList<>();
          OrganizationRules.checkVariableCount(
              OrganizationRules.countAfter(org.variables().keySet(), Set.of(name), Set.of()),
              tooMany);
          OrganizationRules.throwIfAny(tooMany);
          store.setVariable(handle, id, name, value);
          store.touch(handle, id, now());
          return List.of(AuditChange.of("variables." + name, org.variables().get(name), value));
        });
  }

  /** Removes a variable (no effect if absent). */
  public Organization removeVariable(String id, String name, String actor) {
    return change(
        id,
        actor,
        "variable-removed",
        (handle, org) -> {
          store.removeVariable(handle, id, name);
          store.touch(handle, id, now());
          return List.of(AuditChange.of("variables." + name, org.variables().get(name), null));
        });
  }

  /** Changes how duoctl reaches the organization's Duo account. */
  public Organization setAccessMode(String id, AccessMode mode, String actor) {
    return change(
        id,
        actor,
        "access-mode-set",
        (handle, org) -> {
          store.setAccessMode(handle, id, mode, now());
          return List.of(AuditChange.of("access_mode", org.accessMode(), mode));
        });
  }

  /**
   * The organization with {@code id}.
   *
   * @throws OrganizationNotFoundException if there is none
   */
  public Organization get(String id) {
    return jdbi.withHandle(handle -> require(handle, id));
  }

  /** The organization named {@code name} (case-insensitive) in a configuration (null: default). */
  public Optional<Organization> findByName(String configurationName, String name) {
    String configuration = settings.get(configurationName).name();
    return jdbi.withHandle(handle -> store.findByName(handle, configuration, name));
  }

  /**
   * The organization named {@code name}, or failing that with id {@code name}.
   *
   * @throws OrganizationNotFoundException if neither exists
   */
  public Organization getByNameOrId(String configurationName, String nameOrId) {
    return findByName(configurationName, nameOrId)
        .or(() -> jdbi.withHandle(handle -> store.find(handle, nameOrId)))
        .orElseThrow(
            () ->
                new OrganizationNotFoundException(
                    "no organization named \""
                        + OrganizationRules.quoted(nameOrId)
                        + "\"; list them with duoctl orgs list"));
  }

  /**
   * The id of the organization named or identified by {@code nameOrId}, or {@code nameOrId} itself
   * when none matches, so that the id of a deleted organization still finds its audit entries.
   */
  public String idForAudit(String configurationName, String nameOrId) {
    try {
      return getByNameOrId(configurationName, nameOrId).id();
    } catch (OrganizationNotFoundException e) {
      return nameOrId;
    }
  }

  /** A page of organizations, ordered by name. */
  public OrganizationPage list(OrganizationQuery query) {
    return jdbi.withHandle(handle -> store.page(handle, query));
  }

  /** Every organization of a configuration, ordered by name. */
  public List<Organization> listAll(String configurationName) {
    return jdbi.withHandle(handle -> store.all(handle, configurationName));
  }

  private static DuplicateOrganizationException duplicate(String name, String configuration) {
    return new DuplicateOrganizationException(
        "an organization named \""
            + name.strip()
            + "\" already exists in configuration \""
            + configuration
            + "\"; choose another name");
  }

  private Instant now() {
    return changes.now();
  }

  private Organization change(
      String id, String actor, String action, OrganizationChanges.Change change) {
    return changes.change(id, actor, action, change);
  }

  private Organization require(Handle handle, String id) {
    return changes.require(handle, id);
  }

  private void append(
      Handle handle, String actor, String id, String action, List<AuditChange> changes) {
    this.changes.append(handle, actor, id, action, changes);
  }
}
