package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.db.UniqueViolation;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.secrets.SecretRef;
import io.duoctl.core.secrets.SecretVault;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.workflows.WorkflowLookup;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Registers, lists, enables, disables and removes webhooks, and makes their signing secrets: {@code
 * duoctl_whsec_} and 32 random bytes in base64url, encrypted at rest in the {@link SecretVault} and
 * shown only in the answer that creates or rotates them. Creating one checks its name, that its
 * workflow and configuration exist and that its mapping compiles. Every change is one transaction
 * with its audit entry, which never holds the secret. Thread-safe.
 */
public final class WebhookService {
  /** The start of every signing secret, so scanners and people can tell what it is. */
  public static final String SECRET_PREFIX = "duoctl_whsec_";

  /** The longest webhook name. */
  public static final int MAX_NAME = 64;

  static final String OWNER_KIND = "webhook";
  static final String SECRET_NAME = "signing_secret";
  static final int RANDOM_BYTES = 32;

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final Jdbi jdbi;
  private final SecretVault vault;
  private final AuditLog audit;
  private final SettingsService settings;
  private final WorkflowLookup workflows;
  private final Clock clock;
  private final SecureRandom random;

  public WebhookService(
      Jdbi jdbi,
      SecretVault vault,
      AuditLog audit,
      SettingsService settings,
      WorkflowLookup workflows,
      Clock clock,
      SecureRandom random) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.vault = Objects.requireNonNull(vault, "vault");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.workflows = Objects.requireNonNull(workflows, "workflows");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Whether {@code name} is a well-formed webhook name (it may not exist). */
  public static boolean wellFormed(String name) {
    return name != null && name.length() <= MAX_NAME && NAME.matcher(name).matches();
  }

  /**
   * Registers a webhook, enabled, with a new signing secret; the secret is in the result and
   * nowhere else in plain text, ever.
   *
   * @throws InvalidWebhookException naming every rejected field at once: {@code name} (malformed or
   *     taken), {@code workflow} (unknown), {@code mapping} (does not compile or cannot yield a
   *     map), {@code configuration} (unknown)
   */
  public WebhookWithSecret create(NewWebhook request, String actor) {
    Objects.requireNonNull(request, "request");
    check(request);
    Instant now = SqlTimes.truncate(clock.instant());
    Webhook webhook =
        new Webhook(
            UUID.randomUUID().toString(),
            request.name(),
            request.workflow(),
            request.mapping(),
            request.configuration(),
            true,
            request.confirmed(),
            now,
            actor,
            now);
    Secret secret = newSecret();
    try {
      jdbi.useTransaction(
          handle -> {
            if (WebhookStore.find(handle, webhook.name()).isPresent()) {
              throw nameTaken(webhook.name());
            }
            WebhookStore.insert(handle, webhook);
            vault.put(handle, secretRef(webhook.id()), secret);
            audit.append(handle, event(actor, webhook, "created", created(webhook)));
          });
    } catch (RuntimeException e) {
      if (UniqueViolation.causedBy(e)) {
        throw nameTaken(webhook.name());
      }
      throw e;
    }
    return new WebhookWithSecret(webhook, secret);
  }

  private void check(NewWebhook request) {
    List<FieldError> errors = new ArrayList<>();
    if (!wellFormed(request.name())) {
      errors.add(
          new FieldError(
              "name",
              "must be lower-case words joined by dashes, at most "
                  + MAX_NAME
                  + " characters (e.g. psa-offboard)"));
    }
    if (request.workflow() == null || request.workflow().isBlank()) {
      errors.add(new FieldError("workflow", "is required, e.g. offboard-everywhere"));
    } else if (workflows.find(request.workflow()).isEmpty()) {
      errors.add(
          new FieldError(
              "workflow",
              "no workflow named \""
                  + request.workflow()
                  + "\"; choose one of "
                  + String.join(", ", workflows.names())));
    }
    PayloadMapping.problems(request.mapping())
        .forEach(problem -> errors.add(new FieldError(PayloadMapping.FIELD, problem)));
    request
        .configuration()
        .filter(name -> settings.find(name).isEmpty())
        .ifPresent(
            name ->
                errors.add(
                    new FieldError(
                        "configuration",
                        "no configuration named \""
                            + name
                            + "\"; the configurations are: "
                            + String.join(
                                ", ", settings.list().stream().map(Configuration::name).toList())
                            + " (leave it out for the default)")));
    if (!errors.isEmpty()) {
      throw new InvalidWebhookException(errors);
    }
  }

  private static InvalidWebhookException nameTaken(String name) {
    return new InvalidWebhookException(
        List.of(
            new FieldError(
                "name", "a webhook named \"" + name + "\" already exists; choose another name")));
  }

  /** Every webhook, by name. */
  public List<Webhook> list() {
    return jdbi.withHandle(WebhookStore::all);
  }

  /** The webhook named {@code name}, if there is one. */
  public Optional<Webhook> find(String name) {
    return jdbi.withHandle(handle -> WebhookStore.find(handle, name));
  }

  /**
   * The webhook named {@code name}.
   *
   * @throws WebhookNotFoundException if there is none
   */
  public Webhook get(String name) {
    return find(name).orElseThrow(() -> new WebhookNotFoundException(name));
  }

  /**
   * Replaces the signing secret of the webhook {@code name}; the old one stops working at once.
   *
   * @return the webhook with its new secret, shown this once
   * @throws WebhookNotFoundException if there is no such webhook
   */
  public WebhookWithSecret rotateSecret(String name, String actor) {
    Secret secret = newSecret();
    Instant now = SqlTimes.truncate(clock.instant());
    Webhook rotated =
        jdbi.inTransaction(
            handle -> {
              Webhook webhook = existing(handle, name);
              vault.put(handle, secretRef(webhook.id()), secret);
              WebhookStore.secretCreated(handle, webhook.id(), now);
              audit.append(
                  handle,
                  event(
                      actor,
                      webhook,
                      "secret.rotated",
                      List.of(AuditChange.secret("secret", true, true))));
              return WebhookStore.find(handle, name).orElseThrow();
            });
    return new WebhookWithSecret(rotated, secret);
  }

  /**
   * Enables or disables the webhook {@code name}; a disabled one refuses every delivery. Setting
   * the state it has changes nothing.
   *
   * @throws WebhookNotFoundException if there is no such webhook
   */
  public Webhook setEnabled(String name, boolean enabled, String actor) {
    return jdbi.inTransaction(
        handle -> {
          Webhook webhook = existing(handle, name);
          if (webhook.enabled() == enabled) {
            return webhook;
          }
          WebhookStore.setEnabled(handle, webhook.id(), enabled);
          audit.append(
              handle,
              event(
                  actor,
                  webhook,
                  enabled ? "enabled" : "disabled",
                  List.of(AuditChange.of("enabled", webhook.enabled(), enabled))));
          return WebhookStore.find(handle, name).orElseThrow();
        });
  }

  /**
   * Removes the webhook {@code name} with its secret and the signatures it saw; its deliveries are
   * refused from now on.
   *
   * @return the removed webhook
   * @throws WebhookNotFoundException if there is no such webhook
   */
  public Webhook delete(String name, String actor) {
    return jdbi.inTransaction(
        handle -> {
          Webhook webhook = existing(handle, name);
          vault.deleteAll(handle, OWNER_KIND, webhook.id());
          WebhookStore.delete(handle, webhook.id());
          audit.append(
              handle,
              event(
                  actor,
                  webhook,
                  "deleted",
                  List.of(
                      AuditChange.of("name", webhook.name(), null),
                      AuditChange.secret("secret", true, false))));
          return webhook;
        });
  }

  private static Webhook existing(Handle handle, String name) {
    return WebhookStore.find(handle, name).orElseThrow(() -> new WebhookNotFoundException(name));
  }

  private Secret newSecret() {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return Secret.of(SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Where the signing secret of the webhook {@code id} is kept in the vault. */
  static SecretRef secretRef(String id) {
    return new SecretRef(OWNER_KIND, id, SECRET_NAME);
  }

  private static List<AuditChange> created(Webhook webhook) {
    List<AuditChange> changes = new ArrayList<>();
    changes.add(AuditChange.of("name", null, webhook.name()));
    changes.add(AuditChange.of("workflow", null, webhook.workflow()));
    changes.add(AuditChange.of("mapping", null, webhook.mapping()));
    webhook.configuration().ifPresent(c -> changes.add(AuditChange.of("configuration", null, c)));
    changes.add(AuditChange.of("confirmed", null, webhook.confirmed()));
    changes.add(AuditChange.secret("secret", false, true));
    return changes;
  }

  private static AuditEvent event(
      String actor, Webhook webhook, String action, List<AuditChange> changes) {
    return new AuditEvent(actor, AuditSubject.WEBHOOK, webhook.id(), action, changes);
  }
}
