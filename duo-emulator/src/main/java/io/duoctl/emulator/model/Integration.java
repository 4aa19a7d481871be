package io.duoctl.emulator.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An integration ("application") whose keys sign requests: an Admin API, Accounts API or Auth API
 * integration of one account. Immutable; {@link #toString()} never shows the secret key.
 *
 * @param integrationKey the ikey, {@code DI} and 18 upper-case letters or digits
 * @param secretKey the 40-character skey
 * @param name the display name
 * @param type what the keys may call
 * @param accountId the owning account
 * @param grants the Admin API grants; for other types {@link #permissions()} adds the implied one
 */
public record Integration(
    String integrationKey,
    String secretKey,
    String name,
    IntegrationType type,
    String accountId,
    Set<Permission> grants) {

  private static final Pattern IKEY = Pattern.compile("DI[A-Z0-9]{18}");

  public Integration {
    if (integrationKey == null || !IKEY.matcher(integrationKey).matches()) {
      throw new IllegalArgumentException(
          "integration key must be DI followed by 18 upper-case letters or digits");
    }
    if (secretKey == null || secretKey.length() != 40) {
      throw new IllegalArgumentException("secret key of " + integrationKey + " must be 40 chars");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(accountId, "accountId");
    EnumSet<Permission> copy = EnumSet.noneOf(Permission.class);
    copy.addAll(Objects.requireNonNull(grants, "grants"));
    for (Permission grant : copy) {
      if (!grant.isAdminGrant()) {
        throw new IllegalArgumentException(
            "grants hold only ADMIN_* permissions; " + grant + " follows from the type");
      }
    }
    grants = Set.copyOf(copy);
  }

  /** Everything these keys may do: the grants plus what the type implies. */
  public Set<Permission> permissions() {
    EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
    all.addAll(grants);
    switch (type) {
      case ACCOUNTS_API -> all.add(Permission.ACCOUNTS);
      case AUTH_API -> all.add(Permission.AUTH);
      case ADMIN_API -> {}
    }
    return all;
  }

  /** This integration with other grants. */
  public Integration withGrants(Set<Permission> newGrants) {
    return new Integration(integrationKey, secretKey, name, type, accountId, newGrants);
  }

  @Override
  public String toString() {
    return "Integration[" + integrationKey + " " + type.duoName() + " of " + accountId + "]";
  }
}
