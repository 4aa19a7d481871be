package io.duoctl.core.logexport.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.db.UniqueViolation;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.secrets.SecretRef;
import io.duoctl.core.secrets.SecretVault;
import io.duoctl.core.workflows.WorkflowLookup;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Adds, lists, enables, disables, removes and tests log rules. A rule is checked whole before it is
 * stored: its name, the shape of each field, its CEL (compiled and type-checked, errors naming the
 * field and position) and that its workflow exists. A rule's secret (a webhook's signing secret, an
 * SMTP password) is stored encrypted in the {@link SecretVault} and never shown again. Every change
 * is one transaction with its audit entry, which never holds the secret. Thread-safe.
 */
public final class LogRuleService {
  /** The longest rule name. */
  public static final int MAX_NAME = 64;

  static final String OWNER_KIND = "log-rule";
  static final String SECRET_NAME = "secret";

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final Jdbi jdbi;
  private final SecretVault vault;
  private final AuditLog audit;
  private final WorkflowLookup workflows;
  private final Clock clock;

  /**
   * @param workflows what a workflow action's workflow is checked against
   */
  public LogRuleService(
      Jdbi jdbi, SecretVault vault, AuditLog audit, WorkflowLookup workflows, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.vault = Objects.requireNonNull(vault, "vault");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.workflows = Objects.requireNonNull(workflows, "workflows");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Checks and stores a new rule with its secret.
   *
   * @throws InvalidLogRuleException naming every rejected field at once, or the name when taken
   */
  public LogRule create(LogRuleDraft draft, String actor) {
    Objects.requireNonNull(draft, "draft");
    check(draft);
    LogRule rule =
        new LogRule(
            UUID.randomUUID().toString(),
            draft.name(),
            draft.enabled(),
            draft.condition(),
            draft.aggregation(),
            draft.maxPerHour(),
            draft.action(),
            draft.secret().isPresent(),
            SqlTimes.truncate(clock.instant()),
            actor);
    try {
      jdbi.useTransaction(
          handle -> {
            if (LogRuleStore.find(handle, rule.name()).isPresent()) {
              throw nameTaken(rule.name());
            }
            LogRuleStore.insert(handle, rule);
            draft.secret().ifPresent(secret -> vault.put(handle, secretRef(rule.id()), secret));
            audit.append(handle, event(actor, rule, "created", created(rule)));
          });
    } catch (RuntimeException e) {
      if (UniqueViolation.causedBy(e)) {
        throw nameTaken(rule.name());
      }
      throw e;
    }
    return rule;
  }

  /**
   * Checks {@code draft} as {@link #create} would, without storing it.
   *
   * @throws InvalidLogRuleException naming every rejected field
   */
  public void check(LogRuleDraft draft) {
    List<FieldError> errors = new ArrayList<>();
    if (draft.name() == null
        || draft.name().length() > MAX_NAME
        || !NAME.matcher(draft.name()).matches()) {
      errors.add(
          new FieldError(
              "name",
              "must be lower-case words joined by dashes, at most "
                  + MAX_NAME
                  + " characters (e.g. fraud-alert)"));
    }
    CompiledRule.compile(draft.condition(), draft.aggregation(), draft.action(), errors);
    if (draft.action() instanceof RuleAction.Workflow w && workflows.find(w.workflow()).isEmpty()) {
      errors.add(
          new FieldError(
              "action.workflow.name",
              "no workflow named \""
                  + w.workflow()
                  + "\"; choose one of "
                  + String.join(", ", workflows.names())));
    }
    if (!errors.isEmpty()) {
      throw new InvalidLogRuleException(errors);
    }
  }

  private static InvalidLogRuleException nameTaken(String name) {
    return new InvalidLogRuleException(
        List.of(
            new FieldError(
                "name",
                "a log rule named \""
                    + name
                    + "\" already exists; delete it first or choose another name")));
  }

  /** Every rule, by name. */
  public List<LogRule> list() {
    return jdbi.withHandle(LogRuleStore::all);
  }

  /**
   * Every rule's firings counted by state, by rule name; a rule that never fired is absent. One
   * grouped query over the firings table.
   */
  public Map<String, FiringCounts> firingCounts() {
    Map<String, FiringCounts> counts = new TreeMap<>();
    jdbi.useHandle(
        handle ->
            handle
                .createQuery(
                    """
                    SELECT r.name, f.state, COUNT(*) AS n
                    FROM log_rule_firing f JOIN log_rule r ON r.id = f.rule_id
                    GROUP BY r.name, f.state
                    """)
                .map(
                    (rs, ctx) ->
                        new StateCount(
                            rs.getString("name"),
                            Firing.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
                            rs.getLong("n")))
                .forEach(
                    c ->
                        counts.put(
                            c.rule(),
                            counts
                                .getOrDefault(c.rule(), FiringCounts.NONE)
                                .plus(c.state(), c.n()))));
    return counts;
  }

  private record StateCount(String rule, Firing.State state, long n) {}

  /** The rule named {@code name}, if there is one. */
  public Optional<LogRule> find(String name) {
    return jdbi.withHandle(handle -> LogRuleStore.find(handle, name));
  }

  /**
   * The rule named {@code name}.
   *
   * @throws LogRuleNotFoundException if there is none
   */
  public LogRule get(String name) {
    return find(name).orElseThrow(() -> new LogRuleNotFoundException(name));
  }

  /**
   * Enables or disables the rule {@code name}; a disabled rule fires on nothing. Setting the state
   * it has changes nothing.
   *
   * @throws LogRuleNotFoundException if there is no such rule
   */
  public LogRule setEnabled(String name, boolean enabled, String actor) {
    return jdbi.inTransaction(
        handle -> {
          LogRule rule = existing(handle, name);
          if (rule.enabled() == enabled) {
            return rule;
          }
          LogRuleStore.setEnabled(handle, rule.id(), enabled);
          audit.append(
              handle,
              event(
                  actor,
                  rule,
                  enabled ? "enabled" : "disabled",
                  List.of(AuditChange.of("enabled", rule.enabled(), enabled))));
          return rule.withEnabled(enabled);
        });
  }

  /**
   * Removes the rule {@code name} with its secret, its firings and the events it was counting.
   *
   * @return the removed rule
   * @throws LogRuleNotFoundException if there is no such rule
   */
  public LogRule delete(String name, String actor) {
    return jdbi.inTransaction(
        handle -> {
          LogRule rule = existing(handle, name);
          vault.deleteAll(handle, OWNER_KIND, rule.id());
          LogRuleStore.delete(handle, rule.id());
          List<AuditChange> changes = new ArrayList<>();
          changes.add(AuditChange.of("name", rule.name(), null));
          if (rule.secretSet()) {
            changes.add(AuditChange.secret("secret", true, false));
          }
          audit.append(handle, event(actor, rule, "deleted", changes));
          return rule;
        });
  }

  /**
   * What the rule {@code name} would do with {@code event}, without acting or recording anything. A
   * rule that aggregates is shown as if {@code event} completed a window.
   *
   * @throws LogRuleNotFoundException if there is no such rule
   */
  public RuleTestResult test(String name, ExportedEvent event) {
    LogRule rule = get(name);
    CompiledRule compiled = CompiledRule.of(rule);
    CompiledRule.Match match = compiled.matches(event);
    Optional<String> failure = match.failure().map(f -> f.field() + ": " + f.message());
    Optional<String> group = Optional.empty();
    Optional<ObjectNode> inputs = Optional.empty();
    if (match.matched()) {
      try {
        group = compiled.groupKey(event);
        if (rule.action() instanceof RuleAction.Workflow) {
          inputs = Optional.of(compiled.inputs(event));
        }
      } catch (IllegalArgumentException e) {
        failure = Optional.of(e.getMessage());
      }
    }
    return new RuleTestResult(match.matched(), failure, group, describe(rule), inputs);
  }

  /** What firing {@code rule} does, in words. */
  static String describe(LogRule rule) {
    String action =
        switch (rule.action()) {
          case RuleAction.Webhook w ->
              "POST the firing as JSON to "
                  + w.url()
                  + (rule.secretSet() ? ", signed (HMAC-SHA256)" : ", unsigned");
          case RuleAction.Workflow w -> "start workflow " + w.workflow();
          case RuleAction.Email e ->
              "e-mail "
                  + String.join(", ", e.to())
                  + " through "
                  + e.host()
                  + ":"
                  + e.port()
                  + ", subject \""
                  + e.subject()
                  + "\"";
        };
    return rule.aggregation()
        .map(
            a ->
                "when "
                    + a.atLeast()
                    + " matching events of one group ("
                    + a.groupBy()
                    + ") fall within "
                    + a.within()
                    + ": "
                    + action)
        .orElse(action);
  }

  private static LogRule existing(Handle handle, String name) {
    return LogRuleStore.find(handle, name).orElseThrow(() -> new LogRuleNotFoundException(name));
  }

  /** Where the secret of the rule {@code id} is kept in the vault. */
  static SecretRef secretRef(String id) {
    return new SecretRef(OWNER_KIND, id, SECRET_NAME);
  }

  private static List<AuditChange> created(LogRule rule) {
    List<AuditChange> changes = new ArrayList<>();
    changes.add(AuditChange.of("name", null, rule.name()));
    changes.add(AuditChange.of("definition", null, LogRuleReader.write(rule).toString()));
    if (rule.secretSet()) {
      changes.add(AuditChange.secret("secret", false, true));
    }
    return changes;
  }

  private static AuditEvent event(
      String actor, LogRule rule, String action, List<AuditChange> changes) {
    return new AuditEvent(actor, AuditSubject.LOG_RULE, rule.name(), action, changes);
  }
}
