package io.duoctl.client.admin.users;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Require;
import java.util.List;

/**
 * Changes to a user: only non-null components are sent, the rest stay as they are. At least one
 * change is required. Setting {@link UserStatus#ACTIVE} unlocks a locked-out user.
 *
 * @param username a new username
 * @param realname a new full name
 * @param firstname a new given name
 * @param lastname a new family name
 * @param email a new email address
 * @param status a new status
 * @param notes new notes
 * @param aliases the aliases to set in slots {@code alias1}… in order (up to eight)
 * @param enableAutoPrompt whether the Universal Prompt auto-prompts
 */
public record UserUpdate(
    String username,
    String realname,
    String firstname,
    String lastname,
    String email,
    UserStatus status,
    String notes,
    List<String> aliases,
    Boolean enableAutoPrompt) {

  public UserUpdate {
    aliases = UserFields.checkedAliases(aliases);
    Require.optionalText(username, "username");
    UserFields fields =
        new UserFields(
            realname, firstname, lastname, email, status, notes, aliases, enableAutoPrompt);
    if (username == null && fields.isEmpty()) {
      throw new IllegalArgumentException(
          "a user update needs at least one change (username, realname, email, status, ...)");
    }
  }

  /** Only a status change, e.g. {@code status(UserStatus.ACTIVE)} to unlock. */
  public static UserUpdate status(UserStatus status) {
    return builder().status(status).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  Params toParams() {
    return new UserFields(
            realname, firstname, lastname, email, status, notes, aliases, enableAutoPrompt)
        .encode(Params.of().withIfPresent("username", username));
  }

  /** Collects the changes of a {@link UserUpdate}. Not thread-safe. */
  public static final class Builder extends UserFieldsBuilder<Builder> {
    private String username;

    private Builder() {}

    public Builder username(String value) {
      this.username = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the field when a value is invalid, or when nothing
     *     would change
     */
    public UserUpdate build() {
      return new UserUpdate(
          username, realname, firstname, lastname, email, status, notes, aliases, enableAutoPrompt);
    }
  }
}
