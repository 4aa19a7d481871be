package io.duoctl.emulator;

import io.duoctl.emulator.admin.phones.DeviceBehaviour;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.phones.PhonePlatform;
import io.duoctl.emulator.admin.phones.PhoneType;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.time.Duration;
import java.time.Instant;

/**
 * An emulator with one account, Auth and Admin API keys, and helpers to seed users and phones. Rate
 * limits are off: these tests read logs more often than Duo allows (2 per minute).
 */
final class AuthWorld implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

  final DuoEmulator duo;
  final Account account;
  final IntegrationKeys auth;
  final IntegrationKeys admin;

  AuthWorld() {
    duo = DuoEmulator.builder().clock(EmulatorClock.fixedAt(NOW)).build().start();
    duo.rateLimits(RateLimits.none());
    account = duo.givenParentAccount("Acme Dental");
    auth = duo.givenAuthApi(account);
    admin = duo.givenAdminApi(account);
  }

  User user(String username) {
    return UserDirectory.of(duo.world(), account)
        .create(User.builder(username).email(username + "@acme.test"));
  }

  Phone smartphone(User user, String number, DeviceBehaviour behaviour) {
    PhoneBook phones = PhoneBook.of(duo.world(), account);
    Phone phone =
        phones.create(
            Phone.builder()
                .number(number)
                .type(PhoneType.MOBILE)
                .platform(PhonePlatform.APPLE_IOS)
                .activated(true)
                .behaviour(behaviour));
    phones.attach(phone.phoneId(), user.userId());
    return phone;
  }

  Phone landline(User user, String number) {
    PhoneBook phones = PhoneBook.of(duo.world(), account);
    Phone phone = phones.create(Phone.builder().number(number).type(PhoneType.LANDLINE));
    phones.attach(phone.phoneId(), user.userId());
    return phone;
  }

  User reload(User user) {
    return UserDirectory.of(duo.world(), account).require(user.userId());
  }

  SignedCall post(String path) {
    return SignedCall.post(duo, auth, path);
  }

  SignedCall get(String path) {
    return SignedCall.get(duo, auth, path);
  }

  /** The auth log v2 as the Admin API shows it, after moving the clock past the 2-minute delay. */
  SignedCall.Reply authLogLater() {
    duo.clock().advance(Duration.ofMinutes(3));
    return SignedCall.get(duo, admin, "/admin/v2/logs/authentication")
        .param("mintime", Long.toString(NOW.minus(Duration.ofDays(1)).toEpochMilli()))
        .param("maxtime", Long.toString(duo.clock().instant().toEpochMilli()))
        .send();
  }

  @Override
  public void close() {
    duo.close();
  }
}
