package io.duoctl.core.orgs.check;

import io.duoctl.client.DuoTarget;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.jobs.OrganizationServiceDirectory;
import io.duoctl.core.mapping.MissingApiKeysException;
import io.duoctl.core.mapping.OrganizationNotMappedException;
import io.duoctl.core.mapping.ResolvedTarget;
import io.duoctl.core.mapping.StaleMappingException;
import io.duoctl.core.mapping.TargetResolver;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.DirectoryKeyRules;
import io.duoctl.core.orgs.KeyFixes;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationKeysImport;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ApiCheck;
import io.duoctl.core.settings.ApiCredentials;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.settings.TargetValidator;
import io.duoctl.core.settings.ValidationStatus;
import io.duoctl.core.vocabulary.WireNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Checks whether organizations can be reached: per API they use (Admin, Auth) one cheap signed call
 * with the keys their access mode provides (their own, or the parent's Accounts API keys with the
 * mapped child's {@code account_id}), whether the mapping points to a child account Duo knows, and
 * whether the directory key is set and well-formed (Duo has no call that checks one without syncing
 * a user). Every failure carries the command that fixes it ({@link KeyFixes}). Reads only; calls
 * Duo outside any transaction; thread-safe.
 */
public final class OrganizationCheck {
  public static final String ADMIN = "admin";
  public static final String AUTH = "auth";
  public static final String MAPPING = "mapping";
  public static final String DIRECTORY_KEY = "directory_key";

  private static final int AT_ONCE = 4;

  private final SettingsService settings;
  private final OrganizationService organizations;
  private final TargetResolver targets;
  private final TargetValidator validator;

  public OrganizationCheck(
      SettingsService settings,
      OrganizationService organizations,
      TargetResolver targets,
      TargetValidator validator) {
    this.settings = settings;
    this.organizations = organizations;
    this.targets = targets;
    this.validator = validator;
  }

  /**
   * Checks the selected organizations of {@code configurationName} (null: the default), a few at a
   * time. {@link OrganizationSelection.Kind#ALL} means every organization, mapped or not.
   *
   * @return one report per organization, in the order selected
   * @throws io.duoctl.core.orgs.OrganizationNotFoundException if a listed one does not exist
   * @throws io.duoctl.core.errors.InvalidInputException if no organization has the tag
   */
  public List<OrganizationCheckReport> check(
      String configurationName, OrganizationSelection selection) {
    String configuration = settings.get(configurationName).name();
    Map<String, Organization> selected = new LinkedHashMap<>();
    for (String ref :
        new OrganizationServiceDirectory(organizations, configuration).select(selection)) {
      Organization org = organizations.getByNameOrId(configuration, ref);
      selected.putIfAbsent(org.id(), org);
    }
    return inParallel(List.copyOf(selected.values()), this::check);
  }

  /**
   * Reports each imported line; with {@code validate}, checks the own keys each line set with one
   * signed call (a directory key is checked for form only, when it is imported).
   */
  public List<ImportedKeys> imported(List<OrganizationKeysImport.Line> lines, boolean validate) {
    return inParallel(
        lines,
        line -> {
          Organization org = line.organization();
          ApiCheck check = validate && line.api() != null ? checkOwnKeys(org, line.api()) : null;
          return new ImportedKeys(
              line.number(),
              org.name(),
              line.api(),
              line.directoryKey(),
              check,
              check == null ? null : fixFor(org, line.api(), check));
        });
  }

  private static <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
    Semaphore slots = new Semaphore(AT_ONCE);
    List<Future<R>> running = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (T item : items) {
        running.add(
            threads.submit(
                () -> {
                  slots.acquire();
                  try {
                    return work.apply(item);
                  } finally {
                    slots.release();
                  }
                }));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> result : running) {
        results.add(await(result));
      }
      return results;
    }
  }

  /** Checks one organization. */
  public OrganizationCheckReport check(Organization org) {
    AdvancedSettings advanced = settings.get(org.configurationName()).advanced();
    Function<DuoApi, ResolvedTarget> resolver = targets.resolverFor(org);
    List<CheckItem> items = new ArrayList<>();
    CheckItem mapping = null;
    try {
      ResolvedTarget admin = resolver.apply(DuoApi.ADMIN);
      ApiCheck check = validator.check(advanced, DuoApi.ADMIN, admin.toDuoTarget());
      if (admin.accountId() != null && unknownAccount(check)) {
        mapping =
            CheckItem.failed(
                MAPPING,
                "unknown_account",
                org.name()
                    + " is mapped to Duo account "
                    + admin.accountId()
                    + ", which Duo does not know as a child account of this parent",
                KeyFixes.staleMapping(org.name()));
        items.add(notChecked(ADMIN, "the mapping is wrong"));
      } else {
        items.add(apiItem(org, DuoApi.ADMIN, check));
        if (admin.accountId() != null) {
          mapping =
              CheckItem.ok(
                  MAPPING,
                  "ok",
                  "mapped to Duo child account "
                      + admin.accountId()
                      + ", reached with the parent's Accounts API keys");
        }
      }
    } catch (OrganizationNotMappedException e) {
      mapping =
          CheckItem.failed(MAPPING, "not_mapped", e.getMessage(), KeyFixes.mapping(org.name()));
      items.add(notChecked(ADMIN, "the organization is not mapped"));
    } catch (StaleMappingException e) {
      mapping =
          CheckItem.failed(
              MAPPING, "stale_mapping", e.getMessage(), KeyFixes.staleMapping(org.name()));
      items.add(notChecked(ADMIN, "the mapping is stale"));
    } catch (MissingApiKeysException e) {
      items.add(
          CheckItem.failed(ADMIN, "missing_keys", e.getMessage(), keysFix(org, DuoApi.ADMIN)));
    }
    items.add(auth(org, advanced, resolver));
    if (mapping != null) {
      items.add(mapping);
    } else if (org.accessMode() == AccessMode.CHILD_ACCOUNT) {
      items.add(notChecked(MAPPING, "the parent's Accounts API keys are missing"));
    }
    items.add(directoryKey(org));
    return new OrganizationCheckReport(
        org.id(), org.name(), org.configurationName(), org.accessMode(), items);
  }

  /**
   * Checks the organization's own keys of {@code api} with one signed call, as saving them does.
   *
   * @throws IllegalArgumentException if it has no own keys for {@code api}
   */
  public ApiCheck checkOwnKeys(Organization org, DuoApi api) {
    ApiCredentials keys =
        org.ownKeys(api)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        org.name() + " has no own " + api.displayName() + " keys"));
    AdvancedSettings advanced = settings.get(org.configurationName()).advanced();
    return validator.check(
        advanced, api, DuoTarget.of(keys.host(), keys.integrationKey(), keys.secretKey().reveal()));
  }

  /**
   * The command that fixes a failed check of {@code org}'s keys for {@code api}, or null when the
   * check passed or nothing was checked.
   */
  public static String fixFor(Organization org, DuoApi api, ApiCheck check) {
    String again = KeyFixes.check(org.name());
    return switch (check.status()) {
      case OK, NOT_CONFIGURED -> null;
      case CLOCK_SKEW -> "synchronise this machine's clock (NTP), then " + again;
      case RATE_LIMITED -> "wait a minute, then " + again;
      case MISSING_PERMISSION ->
          "grant \"" + check.missingGrant() + "\" in the Duo Admin Panel, then " + again;
      default -> keysFix(org, api);
    };
  }

  private CheckItem auth(
      Organization org, AdvancedSettings advanced, Function<DuoApi, ResolvedTarget> resolver) {
    if (org.accessMode() == AccessMode.CHILD_ACCOUNT && org.ownKeys(DuoApi.AUTH).isEmpty()) {
      return CheckItem.optional(
          AUTH,
          "not_set",
          "no own Auth API keys; only the auth.* actions need them",
          KeyFixes.ownKeys(org.name(), DuoApi.AUTH));
    }
    try {
      ResolvedTarget auth = resolver.apply(DuoApi.AUTH);
      return apiItem(org, DuoApi.AUTH, validator.check(advanced, DuoApi.AUTH, auth.toDuoTarget()));
    } catch (MissingApiKeysException e) {
      return CheckItem.failed(AUTH, "missing_keys", e.getMessage(), keysFix(org, DuoApi.AUTH));
    }
  }

  private static CheckItem apiItem(Organization org, DuoApi api, ApiCheck check) {
    String part = api == DuoApi.ADMIN ? ADMIN : AUTH;
    String status =
        check.status() == ValidationStatus.DUO_ERROR
            ? WireNames.of(check.status()) + " (" + check.duoCode() + ")"
            : WireNames.of(check.status());
    return new CheckItem(part, status, !check.ok(), check.message(), fixFor(org, api, check));
  }

  private static CheckItem directoryKey(Organization org) {
    if (org.directoryKeyIfSet().isEmpty()) {
      return CheckItem.optional(
          DIRECTORY_KEY,
          "not_set",
          "no directory key; only users.sync (directory sync) needs one",
          KeyFixes.directoryKey(org.name()));
    }
    return DirectoryKeyRules.problem(org.directoryKey())
        .map(
            p ->
                CheckItem.failed(
                    DIRECTORY_KEY,
                    "malformed",
                    "the directory key " + p,
                    KeyFixes.directoryKey(org.name())))
        .orElseGet(
            () ->
                CheckItem.ok(
                    DIRECTORY_KEY,
                    "well_formed",
                    "set and well-formed; Duo has no call that checks a directory key without"
                        + " syncing a user, so the first users.sync proves it"));
  }

  private static CheckItem notChecked(String part, String why) {
    return CheckItem.optional(part, "not_checked", "not checked: " + why, null);
  }

  /** Duo refused the child's account_id: the mapped account is not (or no longer) a child. */
  private static boolean unknownAccount(ApiCheck check) {
    return check.status() == ValidationStatus.DUO_ERROR
        && check.duoCode() != null
        && (check.duoCode() == 40002 || check.duoCode() / 100 == 404);
  }

  private static String keysFix(Organization org, DuoApi api) {
    if (TargetResolver.usesOwnKeys(org, api)) {
      return KeyFixes.ownKeys(org.name(), api);
    }
    return KeyFixes.parentKeys(
        org.accessMode() == AccessMode.CHILD_ACCOUNT ? DuoApi.ACCOUNTS : api);
  }

  private static <R> R await(Future<R> report) {
    try {
      return report.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the check was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("the check failed unexpectedly", e.getCause());
    }
  }
}
