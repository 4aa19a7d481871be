package io.duoctl.emulator.authapi;

import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Ids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SMS passcodes sent to each user of one account by the {@code sms} factor: each is good for
 * one {@code passcode} authentication; a new batch replaces the old one. Thread-safe.
 */
public final class SmsPasscodes {

  private final Map<String, List<String>> byUser = new HashMap<>();

  /** The SMS passcodes of {@code account}. */
  public static SmsPasscodes of(Account account) {
    return account.state(SmsPasscodes.class, SmsPasscodes::new);
  }

  /** Replaces the user's passcodes with a new batch of {@code count} seven-digit codes. */
  synchronized List<String> send(Ids ids, String userId, int count) {
    List<String> batch = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      batch.add(Integer.toString(1 + ids.nextInt(9)) + ids.draw("0123456789", 6));
    }
    byUser.put(userId, batch);
    return List.copyOf(batch);
  }

  /** Uses up {@code code} if it is one of the user's outstanding passcodes. */
  synchronized boolean consume(String userId, String code) {
    List<String> codes = byUser.get(userId);
    return codes != null && codes.remove(code.strip());
  }

  /**
   * The user's outstanding passcodes, for tests that play the user reading the SMS. Never logged.
   */
  public synchronized List<String> outstanding(String userId) {
    return List.copyOf(byUser.getOrDefault(userId, List.of()));
  }

  /** The first digit of the next passcode, as preauth's {@code sms_nextcode} shows it. */
  synchronized Optional<String> nextCodeHint(String userId) {
    List<String> codes = byUser.get(userId);
    return codes == null || codes.isEmpty()
        ? Optional.empty()
        : Optional.of(codes.get(0).substring(0, 1));
  }
}
