package io.duoctl.emulator.admin.webauthn;

import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.admin.internal.AdminIds;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The WebAuthn credentials of one account (admin-api.md §5.6). Thread-safe: every method holds the
 * account's {@link AccountLock}.
 */
public final class WebAuthnCredentials {

  private final World world;
  private final Object lock;
  private final Map<String, WebAuthnCredential> credentials = new LinkedHashMap<>();

  private WebAuthnCredentials(World world, Object lock) {
    this.world = world;
    this.lock = lock;
  }

  /** The WebAuthn credentials of {@code account}. */
  public static WebAuthnCredentials of(World world, Account account) {
    // the lock is fetched first: creating state inside Account.state would be a recursive update
    Object lock = AccountLock.of(account);
    return account.state(WebAuthnCredentials.class, () -> new WebAuthnCredentials(world, lock));
  }

  /**
   * Adds a credential as if the user had registered it: a {@code WA…} key, {@code date_added} now
   * unless set, a credential ID unless set. The caller makes sure the user exists.
   */
  public WebAuthnCredential seed(WebAuthnCredential spec) {
    synchronized (lock) {
      String key;
      do {
        key = AdminIds.prefixed(world.ids(), "WA");
      } while (credentials.containsKey(key));
      WebAuthnCredential credential =
          spec.withKeyAndDate(key, world.now().getEpochSecond(), AdminIds.code(world.ids(), 43));
      credentials.put(key, credential);
      return credential;
    }
  }

  /** The credential with this key. */
  public Optional<WebAuthnCredential> byKey(String webauthnkey) {
    synchronized (lock) {
      return Optional.ofNullable(credentials.get(webauthnkey));
    }
  }

  /**
   * The credential with this key.
   *
   * @throws DuoError 404 40401 if there is none
   */
  public WebAuthnCredential require(String webauthnkey) {
    return byKey(webauthnkey).orElseThrow(DuoError::notFound);
  }

  /** Every credential in registration order. */
  public List<WebAuthnCredential> all() {
    synchronized (lock) {
      return List.copyOf(credentials.values());
    }
  }

  /** The user's credentials in registration order. */
  public List<WebAuthnCredential> credentialsOf(String userId) {
    synchronized (lock) {
      return credentials.values().stream().filter(c -> c.userId().equals(userId)).toList();
    }
  }

  /** Deletes a credential; @return whether it existed */
  public boolean delete(String webauthnkey) {
    synchronized (lock) {
      return credentials.remove(webauthnkey) != null;
    }
  }

  /** Deletes every credential of a deleted user. */
  public void deleteAllOf(String userId) {
    synchronized (lock) {
      credentials.values().removeIf(c -> c.userId().equals(userId));
    }
  }
}
