package io.duoctl.client.admin.users;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Copies;
import io.duoctl.client.internal.Require;
import java.util.List;
import java.util.Map;

/**
 * A user to create. Only {@code username} is required; null components are not sent, so Duo applies
 * its defaults (status {@code active}).
 *
 * @param username the unique username (required)
 * @param realname the full name
 * @param firstname the given name
 * @param lastname the family name
 * @param email the email address
 * @param status the initial status
 * @param notes free-form notes
 * @param aliases up to eight aliases, sent as {@code alias1}… in order
 * @param enableAutoPrompt whether the Universal Prompt auto-prompts
 * @param customAttributes values of custom attributes that already exist in the account
 */
public record NewUser(
    String username,
    String realname,
    String firstname,
    String lastname,
    String email,
    UserStatus status,
    String notes,
    List<String> aliases,
    Boolean enableAutoPrompt,
    Map<String, String> customAttributes) {

  public NewUser {
    Require.text(username, "username");
    aliases = UserFields.checkedAliases(aliases);
    customAttributes = Copies.map(customAttributes);
    customAttributes.keySet().forEach(name -> Require.text(name, "customAttributes name"));
  }

  /** A user with only a username. */
  public static NewUser of(String username) {
    return builder(username).build();
  }

  public static Builder builder(String username) {
    return new Builder(username);
  }

  Params toParams() {
    Params params =
        new UserFields(
                realname, firstname, lastname, email, status, notes, aliases, enableAutoPrompt)
            .encode(Params.of("username", username));
    return UserFields.encodeCustomAttributes(params, customAttributes);
  }

  /** Collects the optional attributes of a {@link NewUser}. Not thread-safe. */
  public static final class Builder extends UserFieldsBuilder<Builder> {
    private final String username;
    private Map<String, String> customAttributes = Map.of();

    private Builder(String username) {
      this.username = username;
    }

    public Builder customAttributes(Map<String, String> value) {
      this.customAttributes = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the field when a value is invalid
     */
    public NewUser build() {
      return new NewUser(
          username,
          realname,
          firstname,
          lastname,
          email,
          status,
          notes,
          aliases,
          enableAutoPrompt,
          customAttributes);
    }
  }
}
