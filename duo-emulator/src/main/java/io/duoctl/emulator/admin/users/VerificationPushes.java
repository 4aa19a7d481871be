package io.duoctl.emulator.admin.users;

import io.duoctl.emulator.admin.internal.AdminIds;
import io.duoctl.emulator.admin.phones.DeviceBehaviour;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Verification pushes of one account (admin-api.md §5.1, §7.10): the device's {@link
 * DeviceBehaviour} at sending time decides the answer; a result is readable for {@value
 * #READABLE_SECONDS} seconds. Thread-safe.
 */
public final class VerificationPushes {

  /** How long a push result can be read. */
  public static final long READABLE_SECONDS = 120;

  private final World world;
  private final Map<String, Push> pushes = new LinkedHashMap<>();

  private VerificationPushes(World world) {
    this.world = world;
  }

  /** The verification pushes of {@code account}. */
  public static VerificationPushes of(World world, Account account) {
    return account.state(VerificationPushes.class, () -> new VerificationPushes(world));
  }

  /** One push sent. */
  public record Push(
      String pushId,
      String userId,
      String phoneId,
      String confirmationCode,
      Instant sentAt,
      DeviceBehaviour behaviour) {}

  /** Sends a push to the phone; the caller has checked the phone belongs to the user. */
  public Push send(String userId, Phone phone) {
    Push push =
        new Push(
            AdminIds.uuid(world.ids()),
            userId,
            phone.phoneId(),
            AdminIds.digits(world.ids(), 6),
            world.now(),
            phone.behaviour());
    synchronized (pushes) {
      pushes.values().removeIf(p -> expired(p, world.now()));
      pushes.put(push.pushId(), push);
    }
    return push;
  }

  /**
   * The result of a push of this user: {@code approve}, {@code deny}, {@code fraud} or {@code
   * waiting}; empty once {@value #READABLE_SECONDS} s have passed or for an unknown push.
   */
  public Optional<String> result(String userId, String pushId) {
    Instant now = world.now();
    synchronized (pushes) {
      Push push = pushes.get(pushId);
      if (push == null || !push.userId().equals(userId) || expired(push, now)) {
        return Optional.empty();
      }
      DeviceBehaviour.Answer answer =
          push.behaviour().answerAfter(Duration.between(push.sentAt(), now));
      return Optional.of(answer == null ? "waiting" : answer.wire());
    }
  }

  private static boolean expired(Push push, Instant now) {
    return !now.isBefore(push.sentAt().plusSeconds(READABLE_SECONDS));
  }
}
