package io.duoctl.core.logexport.exports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.SinkConfig;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationNotFoundException;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.secrets.SecretRef;
import io.duoctl.core.secrets.SecretVault;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.vocabulary.WireNames;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * The stored log exports: create (checked whole, sinks' secrets into the vault), list, show with
 * progress, start, stop, delete. Managing exports needs the admin scope, reading them the read
 * scope. Every change is audited. Thread-safe.
 */
public final class LogExports {
  static final String SECRET_OWNER = "log_export";
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_NAME = 64;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Map<String, String>>> SINKS = new TypeReference<>() {};

  private final LogExportStore store;
  private final SecretVault vault;
  private final AuditLog audit;
  private final SettingsService settings;
  private final OrganizationService organizations;
  private final Clock clock;

  public LogExports(
      LogExportStore store,
      SecretVault vault,
      AuditLog audit,
      SettingsService settings,
      OrganizationService organizations,
      Clock clock) {
    this.store = store;
    this.vault = vault;
    this.audit = audit;
    this.settings = settings;
    this.organizations = organizations;
    this.clock = clock;
  }

  /** Whether {@code scope} may create, start, stop and delete exports. */
  public static boolean mayManage(ApiScope scope) {
    return scope.includes(LogExportAccess.MANAGE);
  }

  /**
   * Creates and starts an export.
   *
   * @throws InvalidLogExportException naming every bad field and its fix
   * @throws LogExportNameTakenException when the name is taken
   * @throws LogExportForbiddenException when {@code scope} is not admin
   */
  public LogExport create(NewLogExport request, ApiScope scope, String actor) {
    requireManage(scope, "creating a log export");
    Instant now = clock.instant();
    List<FieldError> errors = new ArrayList<>();
    if (request.name() == null
        || !NAME.matcher(request.name()).matches()
        || request.name().length() > MAX_NAME) {
      errors.add(
          new FieldError(
              "name",
              "must be lower-case letters and digits in words joined by dashes, at most "
                  + MAX_NAME
                  + " characters, e.g. siem-prod"));
    }
    String configuration = settings.get(request.configuration()).name();
    checkOrganizations(request.organizations(), configuration, errors);
    Set<LogKind> logs = logs(request.logs(), errors);
    Instant start = start(request.from(), now, errors);
    List<SinkConfig> sinks = sinks(request.sinks(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidLogExportException(errors);
    }
    LogExport export =
        new LogExport(
            request.name(),
            configuration,
            request.organizations(),
            logs,
            start,
            sinks,
            ExportState.RUNNING,
            actor,
            now);
    store
        .jdbi()
        .useTransaction(
            h -> {
              if (store.find(h, export.name()).isPresent()) {
                throw new LogExportNameTakenException(export.name());
              }
              List<Map<String, String>> stored = new ArrayList<>();
              for (SinkConfig sink : sinks) {
                Map<String, String> all = SinkSpecs.toFields(sink, true);
                Map<String, String> plain = new LinkedHashMap<>();
                all.forEach(
                    (field, value) -> {
                      if (SinkSpecs.SECRET_FIELDS.contains(field)) {
                        vault.put(
                            h,
                            new SecretRef(SECRET_OWNER, export.name(), sink.name() + "." + field),
                            Secret.of(value));
                      } else {
                        plain.put(field, value);
                      }
                    });
                stored.add(plain);
              }
              store.insert(
                  h,
                  new LogExportStore.Row(
                      export.name(),
                      configuration,
                      LogExportStore.selection(export.organizations()),
                      logs,
                      start,
                      write(stored),
                      ExportState.RUNNING,
                      actor,
                      now),
                  now);
              audit.append(
                  h,
                  new AuditEvent(
                      actor,
                      AuditSubject.LOG_EXPORT,
                      export.name(),
                      "created",
                      List.of(
                          AuditChange.of("organizations", null, export.organizations().describe()),
                          AuditChange.of(
                              "logs",
                              null,
                              String.join(
                                  ",",
                                  export.orderedLogs().stream().map(LogKind::wireName).toList())),
                          AuditChange.of("start", null, start.toString()),
                          AuditChange.of(
                              "sinks",
                              null,
                              String.join(
                                  ",",
                                  sinks.stream().map(s -> s.kind() + ":" + s.name()).toList())))));
            });
    return export;
  }

  /** Every export, by name; sinks' secrets are masked. */
  public List<LogExport> list() {
    return store
        .jdbi()
        .withHandle(h -> store.list(h).stream().map(r -> export(h, r, false)).toList());
  }

  /**
   * The export named {@code name}; sinks' secrets are masked.
   *
   * @throws LogExportNotFoundException if there is none
   */
  public LogExport get(String name) {
    return find(name, false).orElseThrow(() -> new LogExportNotFoundException(name));
  }

  /** The export with its sinks' secrets, for the engine; empty when deleted. */
  public Optional<LogExport> withSecrets(String name) {
    return find(name, true);
  }

  private Optional<LogExport> find(String name, boolean secrets) {
    return store.jdbi().withHandle(h -> store.find(h, name).map(r -> export(h, r, secrets)));
  }

  /** The export and its progress per organization, log and sink. */
  public ExportStatus status(String name) {
    LogExport export = get(name);
    Instant now = clock.instant();
    return new ExportStatus(
        export, store.checkpoints(name).stream().map(c -> SinkProgress.of(c, now)).toList());
  }

  /**
   * A page of the export's progress, worst first (failing sinks, then the largest lag), so an
   * export of thousands of organizations shows its trouble on the first page.
   *
   * @throws LogExportNotFoundException if there is none
   */
  public ProgressPage progress(String name, int offset, int limit) {
    LogExport export = get(name);
    Instant now = clock.instant();
    int from = Math.max(0, offset);
    return new ProgressPage(
        export,
        store.worstFirst(name, from, Math.max(1, limit)).stream()
            .map(c -> SinkProgress.of(c, now))
            .toList(),
        from,
        store.countCheckpoints(name));
  }

  /** Every export's progress summed per log and sink over its organizations, for metrics. */
  public List<SinkTotals> totals() {
    return store.totals();
  }

  /** Starts a stopped export; it resumes from its checkpoints. */
  public LogExport start(String name, ApiScope scope, String actor) {
    return setState(name, ExportState.RUNNING, "started", scope, actor);
  }

  /** Stops an export; servers stop exporting it within a lease heartbeat. */
  public LogExport stop(String name, ApiScope scope, String actor) {
    return setState(name, ExportState.STOPPED, "stopped", scope, actor);
  }

  /** Deletes an export, its checkpoints and its sinks' secrets. */
  public void delete(String name, ApiScope scope, String actor) {
    requireManage(scope, "deleting a log export");
    store
        .jdbi()
        .useTransaction(
            h -> {
              if (!store.delete(h, name)) {
                throw new LogExportNotFoundException(name);
              }
              vault.deleteAll(h, SECRET_OWNER, name);
              audit.append(
                  h, new AuditEvent(actor, AuditSubject.LOG_EXPORT, name, "deleted", List.of()));
            });
  }

  private LogExport setState(
      String name, ExportState state, String action, ApiScope scope, String actor) {
    requireManage(scope, action.replace("ed", "ing") + " a log export");
    store
        .jdbi()
        .useTransaction(
            h -> {
              ExportState before =
                  store
                      .find(h, name)
                      .orElseThrow(() -> new LogExportNotFoundException(name))
                      .state();
              store.setState(h, name, state, clock.instant());
              audit.append(
                  h,
                  new AuditEvent(
                      actor,
                      AuditSubject.LOG_EXPORT,
                      name,
                      action,
                      List.of(AuditChange.of("state", before.wireName(), state.wireName()))));
            });
    return get(name);
  }

  private static void requireManage(ApiScope scope, String what) {
    if (!mayManage(scope)) {
      throw new LogExportForbiddenException(what);
    }
  }

  private void checkOrganizations(
      OrganizationSelection selection, String configuration, List<FieldError> errors) {
    if (selection == null) {
      errors.add(
          new FieldError(
              "organizations", "is required: a list of organizations, a tag, or all of them"));
      return;
    }
    switch (selection.kind()) {
      case LIST -> {
        for (String reference : selection.organizations()) {
          try {
            organizations.getByNameOrId(configuration, reference);
          } catch (OrganizationNotFoundException e) {
            errors.add(new FieldError("organizations", e.getMessage()));
          }
        }
      }
      case TAG -> {
        boolean any =
            organizations.listAll(configuration).stream()
                .map(Organization::tags)
                .anyMatch(tags -> tags.contains(selection.tag()));
        if (!any) {
          errors.add(
              new FieldError(
                  "tag", "no organization has the tag " + selection.tag() + "; tag one first"));
        }
      }
      case ALL -> {
        // every organization, also those added later
      }
    }
  }

  private static Instant start(String from, Instant now, List<FieldError> errors) {
    if (from == null || from.isBlank()) {
      errors.add(new FieldError("from", "is required: now, an ISO-8601 instant or e.g. -30d"));
      return null;
    }
    Optional<Instant> start = ExportStart.tryParse(from, now);
    if (start.isEmpty()) {
      errors.add(new FieldError("from", ExportStart.problem(from, now)));
    }
    return start.orElse(null);
  }

  private static Set<LogKind> logs(List<String> names, List<FieldError> errors) {
    Set<LogKind> logs = EnumSet.noneOf(LogKind.class);
    if (names.isEmpty()) {
      errors.add(new FieldError("logs", "name at least one of " + WireNames.listed(LogKind.class)));
    }
    for (String name : names) {
      try {
        logs.add(WireNames.parse(LogKind.class, name.trim(), "logs"));
      } catch (RuntimeException e) {
        errors.add(
            new FieldError(
                "logs", "must be among " + WireNames.listed(LogKind.class) + ", was " + name));
      }
    }
    return logs;
  }

  private static List<SinkConfig> sinks(List<Map<String, String>> specs, List<FieldError> errors) {
    if (specs.isEmpty()) {
      errors.add(new FieldError("sinks", "name at least one sink, e.g. file:/var/log/duoctl"));
    }
    List<SinkConfig> sinks = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < specs.size(); i++) {
      try {
        SinkConfig sink = SinkSpecs.toConfig(specs.get(i), "sinks[" + i + "]");
        if (!names.add(sink.name())) {
          errors.add(
              new FieldError(
                  "sinks[" + i + "].name",
                  "repeats " + sink.name() + "; give each sink its own name=…"));
        }
        sinks.add(sink);
      } catch (InvalidLogExportException e) {
        errors.addAll(e.errors());
      }
    }
    return sinks;
  }

  private LogExport export(Handle h, LogExportStore.Row row, boolean withSecrets) {
    Map<String, Secret> secrets = vault.findAll(h, SECRET_OWNER, row.name());
    List<SinkConfig> sinks = new ArrayList<>();
    List<Map<String, String>> stored = read(row.sinksJson());
    for (Map<String, String> fields : stored) {
      Map<String, String> all = new LinkedHashMap<>(fields);
      String prefix = fields.get("name") + ".";
      secrets.forEach(
          (key, secret) -> {
            if (key.startsWith(prefix)) {
              all.put(
                  key.substring(prefix.length()), withSecrets ? secret.reveal() : SinkSpecs.STORED);
            }
          });
      sinks.add(SinkSpecs.toConfig(all, "sinks"));
    }
    return new LogExport(
        row.name(),
        row.configuration(),
        LogExportStore.selection(row.selection()),
        row.logs(),
        row.start(),
        sinks,
        row.state(),
        row.createdBy(),
        row.createdAt());
  }

  private static String write(List<Map<String, String>> sinks) {
    try {
      return JSON.writeValueAsString(sinks);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write sinks as JSON", e);
    }
  }

  private static List<Map<String, String>> read(String json) {
    try {
      return JSON.readValue(json, SINKS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored sinks are not JSON", e);
    }
  }
}
