package io.duoctl.emulator.admin.users;

import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The enrollment emails the emulator "sent" for one account ({@code POST /admin/v1/users/enroll}),
 * for tests and the demo to read. Thread-safe.
 */
public final class EnrollmentEmails {

  private final World world;
  private final List<EnrollmentEmail> sent = new ArrayList<>();

  private EnrollmentEmails(World world) {
    this.world = world;
  }

  /** The enrollment emails of {@code account}. */
  public static EnrollmentEmails of(World world, Account account) {
    return account.state(EnrollmentEmails.class, () -> new EnrollmentEmails(world));
  }

  /** Records an email to {@code email} now; {@code validFor} zero means the link never expires. */
  public EnrollmentEmail record(String userId, String email, String code, Duration validFor) {
    Instant now = world.now();
    EnrollmentEmail mail =
        new EnrollmentEmail(
            userId, email, code, now, validFor.isZero() ? null : now.plus(validFor));
    synchronized (sent) {
      sent.add(mail);
    }
    return mail;
  }

  /** Every email sent, oldest first. */
  public List<EnrollmentEmail> all() {
    synchronized (sent) {
      return List.copyOf(sent);
    }
  }
}
