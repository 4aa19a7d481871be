package io.duoctl.client.admin.users;

import static io.duoctl.client.internal.Paths.segment;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.bypasscodes.BypassCode;
import io.duoctl.client.admin.bypasscodes.BypassCodes;
import io.duoctl.client.admin.groups.Group;
import io.duoctl.client.admin.phones.Phone;
import io.duoctl.client.admin.tokens.HardwareToken;
import io.duoctl.client.admin.webauthn.WebAuthnCredential;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.internal.Require;
import io.duoctl.client.paging.Paged;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Duo users ({@code /admin/v1/users}): lookup, lifecycle, directory sync, the user's devices and
 * groups, and verification pushes. Every method sends one request per call (lists: per page) and
 * throws a {@link DuoApiException} subclass when Duo refuses. Immutable and thread-safe.
 */
public final class Users {

  /** Duo's maximum page size for {@code /admin/v1/users}. */
  public static final int PAGE_SIZE = 300;

  /** Duo's maximum page size for a user's phones, tokens, groups and credentials. */
  public static final int USER_ITEMS_PAGE_SIZE = 500;

  private static final String USERS = "/admin/v1/users";

  private final ApiClient api;

  public Users(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** Every user, fetched lazily {@value #PAGE_SIZE} at a time. */
  public Paged<User> list() {
    return api.offsetPaged(DuoRequest.get(USERS), User.class, PAGE_SIZE);
  }

  /**
   * The users with these ids, in as many requests as it takes at 100 ids each ({@code
   * user_id_list}). Unknown ids are skipped by Duo; repeated ids are asked for once.
   */
  public Paged<User> listByIds(Collection<String> userIds) {
    return UserLookup.byList(api, USERS, "user_id_list", userIds, "userIds");
  }

  /** The users with these usernames, 100 per request ({@code username_list}). */
  public Paged<User> listByUsernames(Collection<String> usernames) {
    return UserLookup.byList(api, USERS, "username_list", usernames, "usernames");
  }

  /**
   * The user with this id.
   *
   * @throws DuoNotFoundException if there is none
   */
  public User get(String userId) {
    return api.call(DuoRequest.get(userPath(userId)), User.class);
  }

  /** The user whose username or alias is {@code username}, if any. */
  public Optional<User> findByUsername(String username) {
    return first(DuoRequest.get(USERS).param("username", Require.text(username, "username")));
  }

  /** The user with this email address, if any. */
  public Optional<User> findByEmail(String email) {
    return first(DuoRequest.get(USERS).param("email", Require.text(email, "email")));
  }

  /** Creates a user and returns it as Duo stored it. */
  public User create(NewUser user) {
    return api.call(DuoRequest.post(USERS).params(user.toParams()), User.class);
  }

  /** Applies {@code update} and returns the changed user. */
  public User update(String userId, UserUpdate update) {
    return api.call(DuoRequest.post(userPath(userId)).params(update.toParams()), User.class);
  }

  /**
   * Deletes the user permanently (no Trash through the API); its phones and tokens stay. Succeeds
   * also when the user is already gone.
   */
  public void delete(String userId) {
    api.call(DuoRequest.delete(userPath(userId)));
  }

  /**
   * Emails an enrollment link to {@code email} for {@code username}, creating the user if needed;
   * the link is valid for Duo's default of 30 days. Duo refuses (400) for a user who is already
   * enrolled.
   *
   * @return the code Duo put in the email
   */
  public EnrollmentCode enroll(String username, String email) {
    return sendEnroll(username, email, null);
  }

  /**
   * As {@link #enroll(String, String)}, with a link valid for {@code validFor} (zero: no expiry).
   */
  public EnrollmentCode enroll(String username, String email, Duration validFor) {
    Objects.requireNonNull(validFor, "validFor");
    if (validFor.isNegative()) {
      throw new IllegalArgumentException("validFor must not be negative (zero means no expiry)");
    }
    return sendEnroll(username, email, validFor.toSeconds());
  }

  private EnrollmentCode sendEnroll(String username, String email, Long validSecs) {
    JsonNode code =
        api.call(
            DuoRequest.post(USERS + "/enroll")
                .param("username", Require.text(username, "username"))
                .param("email", Require.text(email, "email"))
                .paramIfPresent("valid_secs", validSecs));
    return new EnrollmentCode(code.isTextual() ? code.textValue() : "");
  }

  /**
   * Syncs one user from the directory {@code directoryKey} now (create, update or mark for
   * deletion), as in the source directory's {@code username}.
   */
  public DirectorySyncResult syncFromDirectory(String directoryKey, String username) {
    DuoRequest request =
        DuoRequest.post(
                USERS + "/directorysync/" + segment(directoryKey, "directoryKey") + "/syncuser")
            .param("username", Require.text(username, "username"));
    JsonNode response = api.call(request);
    Optional<User> user =
        response.isObject() && response.hasNonNull("user_id")
            ? Optional.of(api.convert(request, response, User.class))
            : Optional.empty();
    return new DirectorySyncResult(response, user);
  }

  /** The user's phones. */
  public Paged<Phone> phones(String userId) {
    return userItems(userId, "/phones", Phone.class);
  }

  /** The user's hardware tokens. */
  public Paged<HardwareToken> tokens(String userId) {
    return userItems(userId, "/tokens", HardwareToken.class);
  }

  /** The groups the user belongs to. */
  public Paged<Group> groups(String userId) {
    return userItems(userId, "/groups", Group.class);
  }

  /** The user's WebAuthn credentials. */
  public Paged<WebAuthnCredential> webAuthnCredentials(String userId) {
    return userItems(userId, "/webauthncredentials", WebAuthnCredential.class);
  }

  /** Metadata of the user's bypass codes (never the codes); see {@link BypassCodes#forUser}. */
  public Paged<BypassCode> bypassCodes(String userId) {
    return new BypassCodes(api).forUser(userId);
  }

  /** Associates an existing phone with the user. */
  public void addPhone(String userId, String phoneId) {
    link(userId, "/phones", "phone_id", Require.text(phoneId, "phoneId"));
  }

  /** Detaches the phone from the user; the phone itself stays. */
  public void removePhone(String userId, String phoneId) {
    unlink(userId, "/phones/", segment(phoneId, "phoneId"));
  }

  /** Associates an existing hardware token with the user. */
  public void addToken(String userId, String tokenId) {
    link(userId, "/tokens", "token_id", Require.text(tokenId, "tokenId"));
  }

  /** Detaches the hardware token from the user. */
  public void removeToken(String userId, String tokenId) {
    unlink(userId, "/tokens/", segment(tokenId, "tokenId"));
  }

  /** Adds the user to a group. */
  public void addToGroup(String userId, String groupId) {
    link(userId, "/groups", "group_id", Require.text(groupId, "groupId"));
  }

  /** Removes the user from a group; succeeds also when the user was not a member. */
  public void removeFromGroup(String userId, String groupId) {
    unlink(userId, "/groups/", segment(groupId, "groupId"));
  }

  /** Sends a "verify your identity" push to one of the user's phones. */
  public VerificationPush sendVerificationPush(String userId, String phoneId) {
    return api.call(
        DuoRequest.post(userPath(userId) + "/send_verification_push")
            .param("phone_id", Require.text(phoneId, "phoneId")),
        VerificationPush.class);
  }

  /**
   * The outcome so far of a verification push.
   *
   * @throws DuoNotFoundException when the push is unknown or older than 120 seconds
   */
  public VerificationPushResult verificationPushResult(String userId, String pushId) {
    return api.call(
        DuoRequest.get(userPath(userId) + "/verification_push_response")
            .param("push_id", Require.text(pushId, "pushId")),
        VerificationPushResult.class);
  }

  private Optional<User> first(DuoRequest lookup) {
    return api.callList(lookup, User.class).stream().findFirst();
  }

  private <T> Paged<T> userItems(String userId, String suffix, Class<T> type) {
    return api.offsetPaged(DuoRequest.get(userPath(userId) + suffix), type, USER_ITEMS_PAGE_SIZE);
  }

  private void link(String userId, String suffix, String param, String id) {
    api.call(DuoRequest.post(userPath(userId) + suffix).param(param, id));
  }

  private void unlink(String userId, String prefix, String encodedId) {
    api.call(DuoRequest.delete(userPath(userId) + prefix + encodedId));
  }

  private static String userPath(String userId) {
    return USERS + "/" + segment(userId, "userId");
  }
}
