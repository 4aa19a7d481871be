package io.duoctl.client.admin.users;

import io.duoctl.client.admin.groups.Group;
import io.duoctl.client.admin.phones.Phone;
import io.duoctl.client.admin.tokens.HardwareToken;
import io.duoctl.client.admin.webauthn.WebAuthnCredential;
import io.duoctl.client.internal.Copies;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Duo user as the Admin API returns it. Strings Duo may send as null are null here; lists and
 * maps are never null (empty when Duo left them out, as it does for users nested in other objects).
 *
 * @param userId the user id ({@code DU…})
 * @param username the unique username
 * @param realname the full name, or null
 * @param firstname the given name, or null
 * @param lastname the family name, or null
 * @param email the email address, possibly empty, or null
 * @param status {@code active}, {@code bypass}, {@code disabled}, {@code locked out} or {@code
 *     pending deletion}, as Duo spells it
 * @param lockoutReason why the user is locked out, or null
 * @param notes free-form notes, or null
 * @param created when the user was created, Unix seconds, or null
 * @param lastLogin the last login, Unix seconds, or null if never
 * @param lastDirectorySync the last directory sync, Unix seconds, or null
 * @param isEnrolled whether the user has any authentication device, or null if Duo did not say
 * @param alias1 the legacy first alias, or null
 * @param alias2 the legacy second alias, or null
 * @param alias3 the legacy third alias, or null
 * @param alias4 the legacy fourth alias, or null
 * @param aliases {@code alias1}…{@code alias8} to alias
 * @param enableAutoPrompt whether the Universal Prompt auto-prompts, or null
 * @param externalId the directory object id of a synced user, or null
 * @param customAttributes custom attribute name to value
 * @param groups the user's groups
 * @param phones the user's phones
 * @param tokens the user's hardware tokens
 * @param webauthncredentials the user's WebAuthn credentials
 */
public record User(
    String userId,
    String username,
    String realname,
    String firstname,
    String lastname,
    String email,
    String status,
    String lockoutReason,
    String notes,
    Long created,
    Long lastLogin,
    Long lastDirectorySync,
    Boolean isEnrolled,
    String alias1,
    String alias2,
    String alias3,
    String alias4,
    Map<String, String> aliases,
    Boolean enableAutoPrompt,
    String externalId,
    Map<String, String> customAttributes,
    List<Group> groups,
    List<Phone> phones,
    List<HardwareToken> tokens,
    List<WebAuthnCredential> webauthncredentials) {

  public User {
    aliases = Copies.map(aliases);
    customAttributes = Copies.map(customAttributes);
    groups = Copies.list(groups);
    phones = Copies.list(phones);
    tokens = Copies.list(tokens);
    webauthncredentials = Copies.list(webauthncredentials);
  }

  /** Whether Duo has locked the user out (status {@code locked out}, any casing). */
  public boolean isLockedOut() {
    return status != null && status.toLowerCase(Locale.ROOT).equals("locked out");
  }
}
