package io.duoctl.emulator.admin.users;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A Duo user's own fields (admin-api.md §6.1); phones, groups, tokens and credentials hang off it
 * in their own state classes. Immutable; change it through {@link UserDirectory}.
 *
 * @param userId {@code DU…}
 * @param aliases {@code alias1}…{@code alias8} to value, only the set ones
 * @param created Unix seconds
 * @param lastLogin Unix seconds, or null
 * @param lastDirectorySync Unix seconds, or null
 * @param lockoutReason e.g. {@code Failed Attempts}; null unless locked out
 * @param lockedOutAt Unix seconds the lockout began, or null
 * @param externalId directory object ID of synced users, or null
 * @param failedAttempts consecutive failed authentications since the last success
 * @param trashedAt Unix seconds the user went to the Trash ({@code pending deletion}), or null
 */
public record User(
    String userId,
    String username,
    String realname,
    String firstname,
    String lastname,
    String email,
    UserStatus status,
    String notes,
    Map<String, String> aliases,
    boolean enableAutoPrompt,
    long created,
    Long lastLogin,
    Long lastDirectorySync,
    String lockoutReason,
    Long lockedOutAt,
    String externalId,
    Map<String, String> customAttributes,
    int failedAttempts,
    Long trashedAt) {

  /** The most aliases a user may have. */
  public static final int MAX_ALIASES = 8;

  public User {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(username, "username");
    email = email == null ? "" : email;
    notes = notes == null ? "" : notes;
    Objects.requireNonNull(status, "status");
    aliases =
        aliases.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new TreeMap<>(aliases));
    customAttributes = Map.copyOf(customAttributes);
  }

  /** The value of {@code aliasN} (1–8), or null. */
  public String alias(int n) {
    return aliases.get("alias" + n);
  }

  /** Whether {@code name} is this user's username or one of its aliases (case-insensitive). */
  public boolean answersTo(String name) {
    if (username.equalsIgnoreCase(name)) {
      return true;
    }
    return aliases.values().stream().anyMatch(a -> a.equalsIgnoreCase(name));
  }

  /** A builder holding this user's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A builder for a new user; the directory assigns the ID and creation time if unset. */
  public static Builder builder(String username) {
    return new Builder(username);
  }

  /** Builds {@link User}s; not thread-safe. */
  public static final class Builder {
    String userId;
    String username;
    String realname;
    String firstname;
    String lastname;
    String email = "";
    UserStatus status = UserStatus.ACTIVE;
    String notes = "";
    TreeMap<String, String> aliases = new TreeMap<>();
    boolean enableAutoPrompt = true;
    long created;
    Long lastLogin;
    Long lastDirectorySync;
    String lockoutReason;
    Long lockedOutAt;
    String externalId;
    Map<String, String> customAttributes = Map.of();
    int failedAttempts;
    Long trashedAt;

    Builder(String username) {
      this.username = username;
    }

    Builder(User u) {
      userId = u.userId;
      username = u.username;
      realname = u.realname;
      firstname = u.firstname;
      lastname = u.lastname;
      email = u.email;
      status = u.status;
      notes = u.notes;
      aliases = new TreeMap<>(u.aliases);
      enableAutoPrompt = u.enableAutoPrompt;
      created = u.created;
      lastLogin = u.lastLogin;
      lastDirectorySync = u.lastDirectorySync;
      lockoutReason = u.lockoutReason;
      lockedOutAt = u.lockedOutAt;
      externalId = u.externalId;
      customAttributes = u.customAttributes;
      failedAttempts = u.failedAttempts;
      trashedAt = u.trashedAt;
    }

    public Builder userId(String v) {
      userId = v;
      return this;
    }

    public Builder username(String v) {
      username = v;
      return this;
    }

    public Builder realname(String v) {
      realname = v;
      return this;
    }

    public Builder firstname(String v) {
      firstname = v;
      return this;
    }

    public Builder lastname(String v) {
      lastname = v;
      return this;
    }

    public Builder email(String v) {
      email = v;
      return this;
    }

    /** Sets the status; leaving {@code locked out} clears the lockout reason and count. */
    public Builder status(UserStatus v) {
      status = v;
      if (v != UserStatus.LOCKED_OUT) {
        lockoutReason = null;
        lockedOutAt = null;
        failedAttempts = 0;
      }
      if (v != UserStatus.PENDING_DELETION) {
        trashedAt = null;
      }
      return this;
    }

    public Builder notes(String v) {
      notes = v;
      return this;
    }

    /** Sets {@code aliasN} (1–8); a null or empty value removes it. */
    public Builder alias(int n, String v) {
      if (n < 1 || n > MAX_ALIASES) {
        throw new IllegalArgumentException("aliases are alias1..alias8, not alias" + n);
      }
      if (v == null || v.isEmpty()) {
        aliases.remove("alias" + n);
      } else {
        aliases.put("alias" + n, v);
      }
      return this;
    }

    /** Replaces all aliases. */
    public Builder aliases(Map<String, String> v) {
      aliases = new TreeMap<>(v);
      return this;
    }

    public Builder enableAutoPrompt(boolean v) {
      enableAutoPrompt = v;
      return this;
    }

    public Builder created(long v) {
      created = v;
      return this;
    }

    public Builder lastLogin(Long v) {
      lastLogin = v;
      return this;
    }

    public Builder lastDirectorySync(Long v) {
      lastDirectorySync = v;
      return this;
    }

    /** Locks the user out (system only) with a reason such as {@code Failed Attempts}. */
    public Builder lockedOut(String reason, long atEpochSecond) {
      status = UserStatus.LOCKED_OUT;
      lockoutReason = reason;
      lockedOutAt = atEpochSecond;
      return this;
    }

    /** Puts the user in the Trash ({@code pending deletion}) as of {@code atEpochSecond}. */
    public Builder trashed(long atEpochSecond) {
      status(UserStatus.PENDING_DELETION);
      trashedAt = atEpochSecond;
      return this;
    }

    public Builder externalId(String v) {
      externalId = v;
      return this;
    }

    public Builder customAttributes(Map<String, String> v) {
      customAttributes = Map.copyOf(v);
      return this;
    }

    public Builder failedAttempts(int v) {
      failedAttempts = v;
      return this;
    }

    public User build() {
      return new User(
          userId,
          username,
          realname,
          firstname,
          lastname,
          email,
          status,
          notes,
          aliases,
          enableAutoPrompt,
          created,
          lastLogin,
          lastDirectorySync,
          lockoutReason,
          lockedOutAt,
          externalId,
          customAttributes,
          failedAttempts,
          trashedAt);
    }
  }
}
