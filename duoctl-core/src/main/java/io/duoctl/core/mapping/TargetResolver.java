package io.duoctl.core.mapping;

import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.settings.ApiCredentials;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.SettingsService;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * Turns (organization, API) into the Duo target to call, by the organization's access mode:
 *
 * <ul>
 *   <li>{@link AccessMode#CHILD_ACCOUNT}: Admin API with the configuration's Accounts API keys on
 *       the child's API hostname plus {@code account_id}; Auth API only with the organization's own
 *       Auth keys; no Accounts API, which works on the parent account ({@link #parentAccount}).
 *   <li>{@link AccessMode#OWN_KEYS}: the organization's own Admin or Auth keys; no Accounts API.
 *   <li>{@link AccessMode#PARENT}: the configuration's own keys for each API.
 * </ul>
 *
 * Thread-safe; reads only.
 */
public final class TargetResolver {
  private final Jdbi jdbi;
  private final SettingsService settings;
  private final OrganizationService organizations;

  public TargetResolver(Jdbi jdbi, SettingsService settings, OrganizationService organizations) {
    this.jdbi = jdbi;
    this.settings = settings;
    this.organizations = organizations;
  }

  /** Resolves by organization id; see {@link #resolve(Organization, DuoApi)}. */
  public ResolvedTarget resolve(String organizationId, DuoApi api) {
    return resolve(organizations.get(organizationId), api);
  }

  /**
   * The target for calling {@code api} as {@code org}.
   *
   * @throws OrganizationNotMappedException if child-account access needs a mapping it lacks
   * @throws StaleMappingException if the mapped account is no longer in the account list
   * @throws MissingApiKeysException if the access mode provides no keys for {@code api}
   */
  public ResolvedTarget resolve(Organization org, DuoApi api) {
    return resolve(org, settings.get(org.configurationName()), api);
  }

  /**
   * Resolves {@code org}'s targets for several APIs against one load of its configuration; each
   * call throws as {@link #resolve(Organization, DuoApi)} does.
   */
  public Function<DuoApi, ResolvedTarget> resolverFor(Organization org) {
    Configuration configuration = settings.get(org.configurationName());
    return api -> resolve(org, configuration, api);
  }

  /**
   * The parent account's targets for several APIs against one load of the configuration; each call
   * throws as {@link #parentAccount(String, DuoApi)} does.
   */
  public Function<DuoApi, ResolvedTarget> parentAccountResolver(String configurationName) {
    Configuration configuration = settings.get(configurationName);
    return api -> parentAccount(configuration, api);
  }

  /**
   * Whether {@code org} reaches {@code api} with its own keys (so {@code duoctl orgs set-keys}
   * fixes them), rather than with its configuration's keys.
   */
  public static boolean usesOwnKeys(Organization org, DuoApi api) {
    return switch (org.accessMode()) {
      case OWN_KEYS -> api != DuoApi.ACCOUNTS;
      case CHILD_ACCOUNT -> api == DuoApi.AUTH;
      case PARENT -> false;
    };
  }

  private ResolvedTarget resolve(Organization org, Configuration configuration, DuoApi api) {
    return switch (org.accessMode()) {
      case PARENT -> parent(org, configuration, api);
      case OWN_KEYS -> own(org, configuration, api);
      case CHILD_ACCOUNT -> child(org, configuration, api);
    };
  }

  /**
   * The target for calling {@code api} as the configuration's own (parent) account: its own keys,
   * never a child's {@code account_id}. Parent-level actions run here.
   *
   * @throws MissingApiKeysException if the configuration has no keys for {@code api}
   */
  public ResolvedTarget parentAccount(String configurationName, DuoApi api) {
    return parentAccount(settings.get(configurationName), api);
  }

  private static ResolvedTarget parentAccount(Configuration configuration, DuoApi api) {
    ApiCredentials keys =
        configuration
            .credentials(api)
            .orElseThrow(
                () ->
                    new MissingApiKeysException(
                        "the parent account has no "
                            + api.displayName()
                            + " keys: configuration \""
                            + configuration.name()
                            + "\" has none; add them (duoctl config set)"));
    return new ResolvedTarget(
        null,
        null,
        api,
        keys.host(),
        keys.integrationKey(),
        keys.secretKey(),
        null,
        configuration.advanced());
  }

  private ResolvedTarget parent(Organization org, Configuration configuration, DuoApi api) {
    ApiCredentials keys =
        configuration
            .credentials(api)
            .orElseThrow(
                () ->
                    missing(
                        org,
                        api,
                        "it is the parent account, and configuration \""
                            + configuration.name()
                            + "\" has no "
                            + api.displayName()
                            + " keys"));
    return target(org, configuration, api, keys.host(), keys, null);
  }

  private ResolvedTarget own(Organization org, Configuration configuration, DuoApi api) {
    if (api == DuoApi.ACCOUNTS) {
      throw missing(
          org, api, "organizations with their own keys are not reached through the Accounts API");
    }
    ApiCredentials keys =
        org.ownKeys(api)
            .orElseThrow(() -> missing(org, api, "enter its own " + api.displayName() + " keys"));
    return target(org, configuration, api, keys.host(), keys, null);
  }

  private ResolvedTarget child(Organization org, Configuration configuration, DuoApi api) {
    if (api == DuoApi.ACCOUNTS) {
      throw missing(
          org,
          api,
          "the Accounts API works on the MSP's parent account, not on a child; its actions run"
              + " without an organization");
    }
    if (api == DuoApi.AUTH) {
      ApiCredentials keys =
          org.ownKeys(DuoApi.AUTH)
              .orElseThrow(
                  () ->
                      missing(
                          org,
                          api,
                          "the Auth API cannot be reached through the parent's keys; enter the"
                              + " organization's own Auth API keys"));
      return target(org, configuration, api, keys.host(), keys, null);
    }
    if (!org.isMapped()) {
      throw new OrganizationNotMappedException(
          org.name()
              + " is not mapped to a Duo account; map it (duoctl mapping set) or change its"
              + " access mode");
    }
    ApiCredentials accountsKeys =
        configuration
            .credentials(DuoApi.ACCOUNTS)
            .orElseThrow(
                () ->
                    missing(
                        org,
                        api,
                        "it is reached through the parent's Accounts API keys, and configuration \""
                            + configuration.name()
                            + "\" has none"));
    DuoAccount account =
        cachedAccount(configuration.name(), org.duoAccountId())
            .orElseThrow(
                () ->
                    new StaleMappingException(
                        org.name()
                            + " is mapped to Duo account "
                            + org.duoAccountId()
                            + ", which is no longer in the account list; refresh the list and"
                            + " map it again"));
    return target(
        org, configuration, api, account.apiHostname(), accountsKeys, account.accountId());
  }

  private Optional<DuoAccount> cachedAccount(String configuration, String accountId) {
    return jdbi.withHandle(handle -> DuoAccountCache.find(handle, configuration, accountId));
  }

  private static ResolvedTarget target(
      Organization org,
      Configuration configuration,
      DuoApi api,
      String host,
      ApiCredentials keys,
      String accountId) {
    return new ResolvedTarget(
        org.id(),
        org.name(),
        api,
        host,
        keys.integrationKey(),
        keys.secretKey(),
        accountId,
        configuration.advanced());
  }

  private static MissingApiKeysException missing(Organization org, DuoApi api, String why) {
    return new MissingApiKeysException(
        org.name() + " has no " + api.displayName() + " keys: " + why);
  }
}
