package io.duoctl.client.admin;

import io.duoctl.client.admin.administrators.Administrators;
import io.duoctl.client.admin.billing.Billing;
import io.duoctl.client.admin.bypasscodes.BypassCodes;
import io.duoctl.client.admin.groups.Groups;
import io.duoctl.client.admin.info.Info;
import io.duoctl.client.admin.integrations.Integrations;
import io.duoctl.client.admin.logs.Logs;
import io.duoctl.client.admin.phones.Phones;
import io.duoctl.client.admin.settings.AccountSettings;
import io.duoctl.client.admin.tokens.HardwareTokens;
import io.duoctl.client.admin.users.Users;
import io.duoctl.client.admin.webauthn.WebAuthnCredentials;
import io.duoctl.client.http.ApiClient;
import java.util.Objects;

/**
 * The Duo Admin API of one account, one resource per kind of object: {@code
 * admin.users().findByUsername("jdoe")}. For a child account, build it from a child-account target
 * ({@code AccountsApi.adminFor}). Creating it sends nothing. Immutable and thread-safe.
 */
public final class AdminApi {

  private final ApiClient api;
  private final Users users;
  private final Phones phones;
  private final BypassCodes bypassCodes;
  private final Groups groups;
  private final HardwareTokens tokens;
  private final WebAuthnCredentials webauthn;
  private final Administrators administrators;
  private final Integrations integrations;
  private final AccountSettings settings;
  private final Info info;
  private final Logs logs;
  private final Billing billing;

  public AdminApi(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
    this.users = new Users(api);
    this.phones = new Phones(api);
    this.bypassCodes = new BypassCodes(api);
    this.groups = new Groups(api);
    this.tokens = new HardwareTokens(api);
    this.webauthn = new WebAuthnCredentials(api);
    this.administrators = new Administrators(api);
    this.integrations = new Integrations(api);
    this.settings = new AccountSettings(api);
    this.info = new Info(api);
    this.logs = new Logs(api);
    this.billing = new Billing(api);
  }

  /** Signed requests to any Admin API endpoint, for what the typed resources do not cover. */
  public ApiClient raw() {
    return api;
  }

  /** Users: lookup, lifecycle, directory sync, their devices and groups. */
  public Users users() {
    return users;
  }

  /** Phones and tablets, Duo Mobile activation and SMS. */
  public Phones phones() {
    return phones;
  }

  /** Bypass codes: creation per user, metadata, revocation. */
  public BypassCodes bypassCodes() {
    return bypassCodes;
  }

  /** Groups and their members. */
  public Groups groups() {
    return groups;
  }

  /** Hardware (OTP) tokens. */
  public HardwareTokens tokens() {
    return tokens;
  }

  /** WebAuthn credentials. */
  public WebAuthnCredentials webauthn() {
    return webauthn;
  }

  /** Administrators of the account. */
  public Administrators administrators() {
    return administrators;
  }

  /** Integrations (applications), read only. */
  public Integrations integrations() {
    return integrations;
  }

  /** The account's global settings. */
  public AccountSettings settings() {
    return settings;
  }

  /** Account summary and reports. */
  public Info info() {
    return info;
  }

  /** Authentication, administrator, telephony and activity logs; Trust Monitor. */
  public Logs logs() {
    return logs;
  }

  /** Edition and telephony credits; works on child-account targets only. */
  public Billing billing() {
    return billing;
  }
}
