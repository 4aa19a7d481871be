package io.duoctl.core.settings;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.secrets.SecretVault;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Saves, reads and validates named configurations of Duo parent keys. Every write is one
 * transaction that also appends its audit entry and raises the settings version; a rejected or
 * failed save leaves the stored configuration as it was. Reads ({@link #get}, {@link #find}, {@link
 * #revision}) are served from a cache that this node's writes drop at once, and a write on another
 * node on the same database at the next read, which checks one indexed row ({@link
 * ConfigurationCache}). Thread-safe.
 */
public final class SettingsService {
  private final Jdbi jdbi;
  private final ConfigurationStore store;
  private final ApiCredentialsStore credentials;
  private final AuditLog audit;
  private final Clock clock;
  private final ConfigurationCache cache;

  public SettingsService(Jdbi jdbi, SecretVault vault, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.cache = new ConfigurationCache(jdbi, System::nanoTime, ConfigurationCache.RECHECK);
    this.credentials = new ApiCredentialsStore(vault);
    this.store = new ConfigurationStore(vault, credentials);
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Creates or updates the configuration named in {@code update}. The first configuration becomes
   * the default. Changing an API's keys drops that API's stored validation check.
   *
   * @throws InvalidSettingsException listing every rejected field; nothing is stored
   */
  public Configuration save(ConfigurationUpdate update, String actor) {
    return write(update, actor, false);
  }

  /**
   * Updates the existing configuration named in {@code update}; never creates one.
   *
   * @throws ConfigurationNotFoundException naming the known configurations if there is no such
   *     configuration; nothing is stored
   * @throws InvalidSettingsException listing every rejected field; nothing is stored
   */
  public Configuration change(ConfigurationUpdate update, String actor) {
    return write(update, actor, true);
  }

  private Configuration write(ConfigurationUpdate update, String actor, boolean mustExist) {
    return inChange(
        handle -> {
          Optional<Configuration> before = store.find(handle, update.name());
          if (mustExist && before.isEmpty()) {
            throw notFound(handle, update.name());
          }
          SettingsInputChecks.check(update, before);
          Instant now = now();
          AdvancedSettings advanced = mergedAdvanced(update, before);
          if (before.isPresent()) {
            store.update(handle, update.name(), advanced, now);
          } else {
            boolean first = store.names(handle).isEmpty();
            store.insert(handle, update.name(), first, advanced, now);
          }
          writeKeys(handle, update);
          Configuration after = store.find(handle, update.name()).orElseThrow();
          Set<DuoApi> stale = EnumSet.noneOf(DuoApi.class);
          for (DuoApi api : DuoApi.values()) {
            if (ConfigurationDiff.keysChanged(before, after, api)) {
              stale.add(api);
            }
          }
          store.removeChecks(handle, update.name(), stale);
          audit.append(
              handle,
              new AuditEvent(
                  actor,
                  AuditSubject.CONFIGURATION,
                  update.name(),
                  before.isPresent() ? "updated" : "created",
                  ConfigurationDiff.between(before, after)));
          return store.find(handle, update.name()).orElseThrow();
        });
  }

  /** Runs a settings write in one transaction that raises the version, then drops the cache. */
  private <T> T inChange(HandleCallback<T, RuntimeException> write) {
    try {
      return jdbi.inTransaction(
          handle -> {
            T result = write.withHandle(handle);
            ConfigurationCache.bump(handle);
            return result;
          });
    } finally {
      cache.invalidate();
    }
  }

  private void useChange(HandleConsumer<RuntimeException> write) {
    inChange(
        handle -> {
          write.useHandle(handle);
          return null;
        });
  }

  private void writeKeys(Handle handle, ConfigurationUpdate update) {
    for (DuoApi api : update.removedApis()) {
      credentials.delete(handle, ConfigurationStore.OWNER_KIND, update.name(), api);
    }
    update
        .apis()
        .forEach(
            (api, input) ->
                credentials.save(
                    handle,
                    ConfigurationStore.OWNER_KIND,
                    update.name(),
                    api,
                    ApiKeyRules.normalized(input)));
  }

  private static AdvancedSettings mergedAdvanced(
      ConfigurationUpdate update, Optional<Configuration> before) {
    AdvancedSettings stored =
        before.map(Configuration::advanced).orElse(AdvancedSettings.defaults());
    AdvancedSettings wanted = update.advanced();
    if (wanted == null) {
      return stored;
    }
    ProxySettings proxy = wanted.proxy();
    if (proxy != null
        && proxy.password() == null
        && proxy.user() != null
        && stored.proxy() != null) {
      proxy =
          new ProxySettings(
              proxy.host().strip(), proxy.port(), proxy.user(), stored.proxy().password());
    }
    return wanted.withProxy(proxy);
  }

  /** The configuration named {@code name}, if it exists. */
  public Optional<Configuration> find(String name) {
    return cached(cache.snapshot(), name).map(ConfigurationCache.Entry::configuration);
  }

  private Optional<ConfigurationCache.Entry> cached(
      ConfigurationCache.Snapshot stored, String name) {
    return stored.entry(
        jdbi,
        name,
        handle ->
            store
                .revision(handle, name)
                .flatMap(
                    revision ->
                        store
                            .find(handle, name)
                            .map(found -> new ConfigurationCache.Entry(found, revision))));
  }

  /**
   * The configuration named {@code name}, or the default one when {@code name} is null.
   *
   * @throws ConfigurationNotFoundException if there is no such configuration
   */
  public Configuration get(String name) {
    ConfigurationCache.Snapshot stored = cache.snapshot();
    String wanted = name != null ? name : stored.defaultName(jdbi, store::defaultName).orElse(null);
    if (wanted == null) {
      throw new ConfigurationNotFoundException(
          "no configuration is saved yet; save the Duo keys first (duoctl config set)");
    }
    return cached(stored, wanted)
        .map(ConfigurationCache.Entry::configuration)
        .orElseThrow(() -> jdbi.withHandle(handle -> notFound(handle, wanted)));
  }

  /**
   * A number that grows with every save of the configuration named {@code name}, on whichever node
   * saved it: a cheap way to notice that settings changed since they were read.
   *
   * @throws ConfigurationNotFoundException if there is no such configuration
   */
  public long revision(String name) {
    return cached(cache.snapshot(), name)
        .map(ConfigurationCache.Entry::revision)
        .orElseThrow(
            () -> new ConfigurationNotFoundException("no configuration named \"" + name + "\""));
  }

  /** Every configuration, by name. */
  public List<Configuration> list() {
    return jdbi.withHandle(
        handle -> {
          List<Configuration> all = new ArrayList<>();
          for (String name : store.names(handle)) {
            store.find(handle, name).ifPresent(all::add);
          }
          return all;
        });
  }

  /**
   * Makes {@code name} the default configuration.
   *
   * @throws ConfigurationNotFoundException if there is no such configuration
   */
  public void makeDefault(String name, String actor) {
    useChange(
        handle -> {
          requireExists(handle, name);
          String previous = store.defaultName(handle).orElse(null);
          store.makeDefault(handle, name);
          audit.append(
              handle,
              new AuditEvent(
                  actor,
                  AuditSubject.CONFIGURATION,
                  name,
                  "made-default",
                  List.of(AuditChange.of("default", previous, name))));
        });
  }

  /**
   * Deletes a configuration with its keys and validation report.
   *
   * @throws ConfigurationInUseException if organizations still belong to it
   * @throws ConfigurationNotFoundException if there is no such configuration
   */
  public void delete(String name, String actor) {
    useChange(
        handle -> {
          Configuration existing = requireExists(handle, name);
          int orgs = store.countOrganizations(handle, name);
          if (orgs > 0) {
            throw new ConfigurationInUseException(
                "configuration \""
                    + name
                    + "\" still has "
                    + orgs
                    + " organizations; delete or move them first");
          }
          store.delete(handle, name);
          if (existing.isDefault()) {
            store.names(handle).stream().findFirst().ifPresent(n -> store.makeDefault(handle, n));
          }
          audit.append(
              handle,
              new AuditEvent(
                  actor,
                  AuditSubject.CONFIGURATION,
                  name,
                  "deleted",
                  ConfigurationDiff.between(Optional.of(existing), emptyLike(existing)).stream()
                      .filter(c -> c.before() != null)
                      .toList()));
        });
  }

  /**
   * Checks the configuration's keys with {@code validator} (outside any transaction, as it calls
   * Duo) and stores the report with the settings.
   */
  public ValidationReport validate(String name, ApiValidator validator, String actor) {
    Configuration configuration = get(name);
    ValidationReport report = validator.validate(configuration);
    saveValidationReport(configuration.name(), report, actor);
    return report;
  }

  /** Stores {@code report} as the configuration's latest validation results. */
  public void saveValidationReport(String name, ValidationReport report, String actor) {
    useChange(
        handle -> {
          requireExists(handle, name);
          ValidationReport previous = store.loadReport(handle, name);
          store.saveReport(handle, name, report);
          List<AuditChange> changes = new ArrayList<>();
          report
              .checks()
              .forEach(
                  (api, check) ->
                      changes.add(
                          AuditChange.of(
                              api.fieldPrefix() + ".validation",
                              previous.check(api).map(ApiCheck::status).orElse(null),
                              check.status())));
          audit.append(
              handle,
              new AuditEvent(actor, AuditSubject.CONFIGURATION, name, "validated", changes));
        });
  }

  private Configuration requireExists(Handle handle, String name) {
    return store.find(handle, name).orElseThrow(() -> notFound(handle, name));
  }

  private ConfigurationNotFoundException notFound(Handle handle, String name) {
    List<String> known = store.names(handle);
    return new ConfigurationNotFoundException(
        "no configuration named \""
            + name
            + "\"; known: "
            + (known.isEmpty() ? "none yet" : String.join(", ", known)));
  }

  private static Configuration emptyLike(Configuration c) {
    return new Configuration(
        c.name(),
        false,
        Map.of(),
        c.advanced(),
        ValidationReport.empty(),
        c.createdAt(),
        c.updatedAt());
  }

  private Instant now() {
    return SqlTimes.truncate(clock.instant());
  }
}
