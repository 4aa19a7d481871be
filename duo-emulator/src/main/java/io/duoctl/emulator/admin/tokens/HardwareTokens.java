package io.duoctl.emulator.admin.tokens;

import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.admin.internal.Membership;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.IdKind;
import io.duoctl.emulator.model.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The hardware tokens of one account and their users (admin-api.md §5.5): type and serial unique,
 * at most {@value #MAX_PER_USER} tokens per user (§7.11), idempotent removal (§7.2).
 *
 * <p>Thread-safe: every method holds the account's {@link AccountLock}.
 */
public final class HardwareTokens {

  /** Most tokens one user may have. */
  public static final int MAX_PER_USER = 100;

  /** How far ahead of the stored counter a resync searches. */
  static final int RESYNC_WINDOW = 1000;

  private final World world;
  private final Object lock;
  private final Map<String, HardwareToken> tokens = new LinkedHashMap<>();
  private final Membership users = new Membership();

  private HardwareTokens(World world, Object lock) {
    this.world = world;
    this.lock = lock;
  }

  /** The hardware tokens of {@code account}. */
  public static HardwareTokens of(World world, Account account) {
    // the lock is fetched first: creating state inside Account.state would be a recursive update
    Object lock = AccountLock.of(account);
    return account.state(HardwareTokens.class, () -> new HardwareTokens(world, lock));
  }

  /**
   * Adds a token with a generated ID.
   *
   * @throws DuoError 400 40002 {@code serial} if a token of that type and serial exists
   */
  public HardwareToken create(HardwareToken spec) {
    synchronized (lock) {
      if (byTypeAndSerial(spec.type(), spec.serial()).isPresent()) {
        throw DuoError.invalidParameter("serial");
      }
      String id;
      do {
        id = world.ids().next(IdKind.HARDWARE_TOKEN);
      } while (tokens.containsKey(id));
      HardwareToken token = spec.withId(id);
      tokens.put(id, token);
      users.addItem(id);
      return token;
    }
  }

  /** The token with this ID. */
  public Optional<HardwareToken> byId(String tokenId) {
    synchronized (lock) {
      return Optional.ofNullable(tokens.get(tokenId));
    }
  }

  /**
   * The token with this ID.
   *
   * @throws DuoError 404 40401 if there is none
   */
  public HardwareToken require(String tokenId) {
    return byId(tokenId).orElseThrow(DuoError::notFound);
  }

  /** The token of this type and serial. */
  public Optional<HardwareToken> byTypeAndSerial(TokenType type, String serial) {
    synchronized (lock) {
      return tokens.values().stream()
          .filter(t -> t.type() == type && t.serial().equals(serial))
          .findFirst();
    }
  }

  /** Every token in creation order. */
  public List<HardwareToken> all() {
    synchronized (lock) {
      return List.copyOf(tokens.values());
    }
  }

  /** Changes a token. @throws DuoError 404 if unknown */
  public HardwareToken update(String tokenId, UnaryOperator<HardwareToken> change) {
    synchronized (lock) {
      HardwareToken changed = change.apply(require(tokenId)).withId(tokenId);
      tokens.put(tokenId, changed);
      return changed;
    }
  }

  /**
   * Deletes a token and its associations.
   *
   * @return whether it existed
   */
  public boolean delete(String tokenId) {
    synchronized (lock) {
      if (tokens.remove(tokenId) == null) {
        return false;
      }
      users.removeItem(tokenId);
      return true;
    }
  }

  /**
   * Resynchronises an HOTP token from three consecutive codes: the counter moves past them.
   *
   * @return false (nothing changed) when the codes are not consecutive codes of this token
   * @throws DuoError 404 if unknown
   */
  public boolean resync(String tokenId, String code1, String code2, String code3) {
    synchronized (lock) {
      HardwareToken token = require(tokenId);
      if (!token.type().isHotp() || token.secret() == null) {
        return false;
      }
      int digits = token.type().digits();
      for (long c = token.counter(); c < token.counter() + RESYNC_WINDOW; c++) {
        if (Hotp.code(token.secret(), c, digits).equals(code1)
            && Hotp.code(token.secret(), c + 1, digits).equals(code2)
            && Hotp.code(token.secret(), c + 2, digits).equals(code3)) {
          tokens.put(tokenId, token.withCounter(c + 3));
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Associates a token with a user; again changes nothing.
   *
   * @throws DuoError 400 40002 {@code token_id} for an unknown token or past the per-user limit
   */
  public void attach(String tokenId, String userId) {
    synchronized (lock) {
      if (!users.hasItem(tokenId)) {
        throw DuoError.invalidParameter("token_id");
      }
      if (users.linked(tokenId, userId)) {
        return;
      }
      if (users.itemsOf(userId).size() >= MAX_PER_USER) {
        throw DuoError.invalidParameter("token_id");
      }
      users.link(tokenId, userId);
    }
  }

  /** Disassociates; idempotent (§7.2). @return whether they were associated */
  public boolean detach(String tokenId, String userId) {
    synchronized (lock) {
      return users.unlink(tokenId, userId);
    }
  }

  /** Detaches every token from a deleted user; the tokens stay. */
  public void detachUser(String userId) {
    synchronized (lock) {
      users.removeUser(userId);
    }
  }

  /** The user's tokens in association order. */
  public List<HardwareToken> tokensOf(String userId) {
    synchronized (lock) {
      return users.itemsOf(userId).stream().map(tokens::get).toList();
    }
  }

  /** The IDs of the token's users. */
  public List<String> userIdsOf(String tokenId) {
    synchronized (lock) {
      return users.usersOf(tokenId);
    }
  }
}
