package io.duoctl.emulator.admin.logs;

import io.duoctl.emulator.admin.internal.AdminIds;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The telephony log of one account: every SMS and phone call Duo sends for it (admin-api.md §5.14),
 * each charging the account's telephony credits. The Auth API records its SMS passcodes and calls
 * here too. Thread-safe.
 */
public final class TelephonyLog {

  /** Credits an SMS costs. */
  public static final int SMS_CREDITS = 1;

  /** Credits a phone call costs. */
  public static final int CALL_CREDITS = 1;

  private final World world;
  private final Account account;
  private final List<TelephonyEntry> entries = new ArrayList<>();

  private TelephonyLog(World world, Account account) {
    this.world = world;
    this.account = account;
  }

  /** The telephony log of {@code account}. */
  public static TelephonyLog of(World world, Account account) {
    return account.state(TelephonyLog.class, () -> new TelephonyLog(world, account));
  }

  /** Records an SMS to {@code phone} now and charges {@value #SMS_CREDITS} credit. */
  public TelephonyEntry sms(String context, String phone) {
    return record(world.now(), context, "sms", phone, SMS_CREDITS);
  }

  /** Records a phone call to {@code phone} now and charges {@value #CALL_CREDITS} credit. */
  public TelephonyEntry call(String context, String phone) {
    return record(world.now(), context, "phone", phone, CALL_CREDITS);
  }

  /**
   * Records an entry and takes {@code credits} from the account's balance; the balance stops at
   * zero (the emulator still "sends").
   */
  public TelephonyEntry record(Instant at, String context, String type, String phone, int credits) {
    TelephonyEntry entry =
        new TelephonyEntry(
            AdminIds.uuid(world.ids()),
            AdminIds.uuid(world.ids()),
            at,
            context,
            type,
            phone,
            credits);
    synchronized (entries) {
      entries.add(entry);
      world.grantTelephonyCredits(account, Math.max(0, account.telephonyCredits() - credits));
    }
    return entry;
  }

  /**
   * Adds an entry as it is, charging no credits: seeded history and generated traffic, which the
   * account's balance does not pay for.
   */
  public void add(TelephonyEntry entry) {
    synchronized (entries) {
      entries.add(entry);
    }
  }

  /** Every entry, oldest first. */
  public List<TelephonyEntry> entries() {
    synchronized (entries) {
      List<TelephonyEntry> copy = new ArrayList<>(entries);
      copy.sort(Comparator.comparing(TelephonyEntry::position));
      return copy;
    }
  }
}
