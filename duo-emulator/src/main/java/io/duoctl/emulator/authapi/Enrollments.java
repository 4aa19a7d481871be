package io.duoctl.emulator.authapi;

import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.phones.PhonePlatform;
import io.duoctl.emulator.admin.phones.PhoneType;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The activation codes {@code /auth/v2/enroll} handed out on one account, and the emulated user
 * scanning one ({@link #activate}). Thread-safe.
 */
public final class Enrollments {

  /** One handed-out activation code; {@link #toString()} hides the code. */
  record Enrollment(String code, String userId, Instant expires) {
    @Override
    public String toString() {
      return "Enrollment[" + userId + " until " + expires + "]";
    }
  }

  private final Map<String, Enrollment> byCode = new HashMap<>();

  /** The enrollments of {@code account}. */
  public static Enrollments of(Account account) {
    return account.state(Enrollments.class, Enrollments::new);
  }

  synchronized void add(Enrollment enrollment) {
    byCode.put(enrollment.code(), enrollment);
  }

  /** The enrollment of an activation code, with or without {@code duo://}. */
  synchronized Optional<Enrollment> find(String activationCode) {
    return Optional.ofNullable(byCode.get(bare(activationCode)));
  }

  /**
   * Plays the user scanning the activation code with Duo Mobile before it expires: the user gets an
   * activated iPhone, so {@code enroll_status} answers {@code success} and preauth offers a push.
   *
   * @return the new phone
   * @throws IllegalArgumentException if the code is unknown or expired
   */
  public Phone activate(World world, Account account, String activationCode) {
    Enrollment enrollment =
        find(activationCode)
            .filter(e -> world.now().isBefore(e.expires()))
            .orElseThrow(
                () -> new IllegalArgumentException("no valid activation code of that value"));
    PhoneBook phones = PhoneBook.of(world, account);
    Phone phone =
        phones.create(
            Phone.builder()
                .type(PhoneType.MOBILE)
                .platform(PhonePlatform.APPLE_IOS)
                .activated(true)
                .name("Duo Mobile"));
    phones.attach(phone.phoneId(), enrollment.userId());
    return phone;
  }

  private static String bare(String code) {
    String value = code.strip();
    if (value.startsWith("duo://")) {
      value = value.substring("duo://".length());
    }
    int dash = value.indexOf('-');
    return dash < 0 ? value : value.substring(0, dash);
  }
}
