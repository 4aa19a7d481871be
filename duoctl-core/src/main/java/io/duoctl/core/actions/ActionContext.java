package io.duoctl.core.actions;

import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.accounts.AccountsApi;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.phones.Phone;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.auth.AuthApi;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.Transport;
import io.duoctl.core.settings.DuoApi;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a handler works with: the organization, its typed Duo APIs (over the dry-run transport when
 * dry-running), lookups of users and phones as people name them, and the time of the run.
 */
public final class ActionContext {

  private static final Pattern USER_ID = Pattern.compile("DU[0-9A-Z]{18}");
  private static final Pattern PHONE_ID = Pattern.compile("DP[0-9A-Z]{18}");

  private final ResolvedOrganization organization;
  private final Transport transport;
  private final Instant now;

  ActionContext(ResolvedOrganization organization, Transport transport, Instant now) {
    this.organization = organization;
    this.transport = transport;
    this.now = now;
  }

  /**
   * The context of work that only reads, outside an action run (a report's organization): calls go
   * straight through {@code transport}.
   */
  public static ActionContext reading(
      ResolvedOrganization organization, Transport transport, Instant now) {
    return new ActionContext(organization, transport, now);
  }

  public ResolvedOrganization organization() {
    return organization;
  }

  public Instant now() {
    return now;
  }

  /** The signed client of one of the organization's APIs. */
  public ApiClient raw(DuoApi api) {
    return new ApiClient(transport, organization.target(api));
  }

  public AdminApi admin() {
    return new AdminApi(raw(DuoApi.ADMIN));
  }

  public AccountsApi accounts() {
    return new AccountsApi(raw(DuoApi.ACCOUNTS));
  }

  public AuthApi auth() {
    return new AuthApi(raw(DuoApi.AUTH));
  }

  /**
   * The user named by {@code reference}: a user_id ({@code DU…}) first, then a username or alias,
   * then an email address.
   *
   * @throws ActionFailure {@link ErrorCode#NOT_FOUND} naming what was tried
   */
  public User user(String reference) {
    AdminApi admin = admin();
    String ref = reference.strip();
    if (USER_ID.matcher(ref).matches()) {
      try {
        return admin.users().get(ref);
      } catch (DuoNotFoundException notAnId) {
        // an unusual username may look like an id; fall through to the username lookup
      }
    }
    Optional<User> byName = admin.users().findByUsername(ref);
    if (byName.isPresent()) {
      return byName.get();
    }
    if (ref.contains("@")) {
      Optional<User> byEmail = admin.users().findByEmail(ref);
      if (byEmail.isPresent()) {
        return byEmail.get();
      }
    }
    throw new ActionFailure(
        ErrorCode.NOT_FOUND,
        "no user \""
            + ref
            + "\" in "
            + organization.name()
            + " (looked up as user_id, username, alias"
            + (ref.contains("@") ? ", email" : "")
            + ")");
  }

  /**
   * The phone named by {@code reference}: a phone_id ({@code DP…}) or a number in E.164.
   *
   * @throws ActionFailure {@link ErrorCode#NOT_FOUND}, or {@link ErrorCode#INVALID_INPUT} for a
   *     number without country code
   */
  public Phone phone(String reference) {
    AdminApi admin = admin();
    String ref = reference.strip();
    if (PHONE_ID.matcher(ref).matches()) {
      return admin.phones().get(ref);
    }
    String number =
        PhoneNumbers.normalise(ref)
            .orElseThrow(
                () ->
                    new ActionFailure(
                        ErrorCode.INVALID_INPUT,
                        "phone \""
                            + ref
                            + "\" is neither a phone_id nor a number: "
                            + PhoneNumbers.problem(ref)));
    return admin
        .phones()
        .findByNumber(number)
        .orElseThrow(
            () ->
                new ActionFailure(
                    ErrorCode.NOT_FOUND, "no phone " + number + " in " + organization.name()));
  }
}
