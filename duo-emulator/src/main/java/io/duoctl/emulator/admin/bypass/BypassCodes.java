package io.duoctl.emulator.admin.bypass;

import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.admin.internal.AdminIds;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bypass codes of one account (admin-api.md §5.1, §5.8, §6.5, §7.7): created per user, at most
 * {@value #MAX_PER_USER} per user, kept only as salted hashes, and consumed by Auth API passcode
 * authentications through {@link #consume}.
 *
 * <p>Thread-safe: every method holds the account's {@link AccountLock}.
 */
public final class BypassCodes {

  /** Most bypass codes one user may have. */
  public static final int MAX_PER_USER = 100;

  /** Length of a generated code. */
  public static final int CODE_LENGTH = 9;

  private final World world;
  private final Object lock;
  private final Map<String, BypassCode> codes = new LinkedHashMap<>();

  private BypassCodes(World world, Object lock) {
    this.world = world;
    this.lock = lock;
  }

  /** The bypass codes of {@code account}. */
  public static BypassCodes of(World world, Account account) {
    // the lock is fetched first: creating state inside Account.state would be a recursive update
    Object lock = AccountLock.of(account);
    return account.state(BypassCodes.class, () -> new BypassCodes(world, lock));
  }

  /**
   * Creates codes for a user and returns their plaintext, the only time it is ever available.
   * Without {@code preserveExisting} the user's existing codes are removed first; with it, the
   * request fails without changes if the user would pass {@value #MAX_PER_USER} codes or a given
   * code already exists.
   *
   * @throws DuoError 400 40002 {@code count} or {@code codes} when the request cannot be honoured
   */
  public List<String> create(String userId, BypassRequest request) {
    synchronized (lock) {
      long now = world.now().getEpochSecond();
      List<BypassCode> existing = request.preserveExisting() ? codesOf(userId) : List.of();
      String field = request.codes().isEmpty() ? "count" : "codes";
      int adding = request.codes().isEmpty() ? request.count() : request.codes().size();
      if (existing.size() + adding > MAX_PER_USER) {
        throw DuoError.invalidParameter(field);
      }
      Set<String> chosen = new HashSet<>();
      for (String code : request.codes()) {
        if (!chosen.add(code) || matches(existing, code)) {
          throw DuoError.invalidParameter("codes");
        }
      }
      if (!request.preserveExisting()) {
        deleteAllOf(userId);
      }
      List<String> plain = new ArrayList<>(request.codes());
      while (plain.size() < adding) {
        String code = AdminIds.digits(world.ids(), CODE_LENGTH);
        if (chosen.add(code) && !matches(existing, code)) {
          plain.add(code);
        }
      }
      Long expiration = request.validFor().isZero() ? null : now + request.validFor().toSeconds();
      for (String code : plain) {
        String id;
        do {
          id = AdminIds.prefixed(world.ids(), "DB");
        } while (codes.containsKey(id));
        codes.put(
            id,
            new BypassCode(
                id, userId, now, expiration, request.reuseCount(), null, hash(id, code)));
      }
      return List.copyOf(plain);
    }
  }

  /**
   * Checks a passcode against the user's bypass codes: a match that has not expired uses up one
   * reuse (the code disappears when none are left) and answers true.
   */
  public boolean consume(String userId, String code) {
    synchronized (lock) {
      long now = world.now().getEpochSecond();
      for (BypassCode candidate : codesOf(userId)) {
        if (candidate.expiredAt(now)
            || !candidate.codeHash().equals(hash(candidate.bypassCodeId(), code))) {
          continue;
        }
        Integer left = candidate.reuseCount();
        if (left == null) {
          return true;
        }
        if (left <= 1) {
          codes.remove(candidate.bypassCodeId());
        } else {
          codes.put(candidate.bypassCodeId(), candidate.withReuseCount(left - 1));
        }
        return true;
      }
      return false;
    }
  }

  /** The code with this ID. */
  public Optional<BypassCode> byId(String bypassCodeId) {
    synchronized (lock) {
      return Optional.ofNullable(codes.get(bypassCodeId));
    }
  }

  /**
   * The code with this ID.
   *
   * @throws DuoError 404 40401 if there is none
   */
  public BypassCode require(String bypassCodeId) {
    return byId(bypassCodeId).orElseThrow(DuoError::notFound);
  }

  /** Every code of the account in creation order. */
  public List<BypassCode> all() {
    synchronized (lock) {
      return List.copyOf(codes.values());
    }
  }

  /** The user's codes in creation order. */
  public List<BypassCode> codesOf(String userId) {
    synchronized (lock) {
      return codes.values().stream().filter(c -> c.userId().equals(userId)).toList();
    }
  }

  /** Deletes one code; @return whether it existed */
  public boolean delete(String bypassCodeId) {
    synchronized (lock) {
      return codes.remove(bypassCodeId) != null;
    }
  }

  /** Deletes every code of a user. */
  public void deleteAllOf(String userId) {
    synchronized (lock) {
      codes.values().removeIf(c -> c.userId().equals(userId));
    }
  }

  private static boolean matches(List<BypassCode> candidates, String code) {
    return candidates.stream().anyMatch(c -> c.codeHash().equals(hash(c.bypassCodeId(), code)));
  }

  private static String hash(String salt, String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
