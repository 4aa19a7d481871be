package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.emulator.admin.admins.AdminDirectory;
import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.history.AccountHistory;
import io.duoctl.emulator.admin.settings.AccountSettings;
import io.duoctl.emulator.admin.trustmonitor.TrustMonitor;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.model.Ids;
import io.duoctl.emulator.model.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeded history from an account's own users, and the settings/admins/auth_history fixtures. */
class HistoryAndFixtureSectionsTest {

  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

  private static World world() {
    return new World(EmulatorClock.fixedAt(NOW), new Ids(3));
  }

  private static Account withUsers(World world) {
    Account account = world.createParentAccount("Acme");
    UserDirectory users = UserDirectory.of(world, account);
    for (String name : List.of("ana", "ben", "carla", "dev")) {
      users.create(User.builder(name));
    }
    return account;
  }

  @Test
  void accountHistory_isDeterministic_usesTheAccountsUsers_andSurfacesFraudInTrustMonitor() {
    World first = world();
    World second = world();
    Account a = withUsers(first);
    Account b = withUsers(second);

    List<AuthLogEntry> one = AccountHistory.seed(first, a, 30, 40, 9);
    List<AuthLogEntry> two = AccountHistory.seed(second, b, 30, 40, 9);

    assertThat(one).isEqualTo(two);
    assertThat(one).extracting(e -> e.user().name()).containsOnly("ana", "ben", "carla", "dev");
    assertThat(one)
        .allMatch(e -> e.time().isBefore(NOW) && e.time().isAfter(NOW.minus(Duration.ofDays(31))));
    assertThat(AuthLog.of(a).size()).isEqualTo(one.size());
    long frauds = one.stream().filter(e -> e.result().equals("fraud")).count();
    assertThat(frauds).isPositive();
    assertThat(TrustMonitor.of(a).events()).hasSize((int) frauds);
  }

  @Test
  void fixture_settingsAdminsAndAuthHistory_areApplied() {
    World world = world();
    Fixture.parse(
            """
            {"accounts": [{"name": "Acme",
              "settings": {"lockout_threshold": 4, "lockout_expire_duration": 30},
              "admins": [{"name": "Olga", "email": "olga@acme.example", "role": "Owner"},
                         {"name": "Hal", "email": "hal@acme.example", "role": "Help Desk"}],
              "auth_history": {"days": 3, "per_day": 10, "seed": 5}}]}
            """)
        .applyTo(world);
    Account account = world.accounts().get(0);

    assertThat(AccountSettings.of(account).lockoutThreshold()).isEqualTo(4);
    assertThat(AccountSettings.of(account).lockoutExpireDuration())
        .contains(Duration.ofMinutes(30));
    assertThat(AdminDirectory.of(account).list())
        .extracting(a -> a.role().duoName() + ":" + a.status().duoName())
        .containsExactly("Owner:Active", "Help Desk:Active");
    assertThat(AuthLog.of(account).size()).isZero();
  }

  @Test
  void fixture_badSettingOrRole_isRefusedNamingThePlace() {
    World world = world();

    assertThatThrownBy(
            () ->
                Fixture.parse(
                        "{\"accounts\":[{\"name\":\"A\",\"settings\":{\"lockout_threshold\":0}}]}")
                    .applyTo(world))
        .hasMessageContaining("accounts[0].settings")
        .hasMessageContaining("lockout_threshold");
    assertThatThrownBy(
            () ->
                Fixture.parse(
                        "{\"accounts\":[{\"name\":\"B\",\"admins\":[{\"name\":\"x\","
                            + "\"email\":\"x@y.z\",\"role\":\"Janitor\"}]}]}")
                    .applyTo(world))
        .hasMessageContaining("accounts[0].admins")
        .hasMessageContaining("role");
    assertThat(
            world.accounts().stream().map(AdminDirectory::of).mapToInt(AdminDirectory::count).sum())
        .isZero();
  }

  @Test
  void demoFixture_givesEveryChildThirtyDaysOfAuthHistoryFromItsUsers() {
    World world = world();
    Fixture.demo().applyTo(world);

    List<Account> children = world.accounts().stream().filter(Account::isChild).toList();

    assertThat(children).isNotEmpty();
    for (Account child : children) {
      List<AuthLogEntry> entries = AuthLog.of(child).entries();
      assertThat(entries).hasSizeGreaterThan(100);
      assertThat(entries.get(0).time()).isBefore(NOW.minus(Duration.ofDays(25)));
      assertThat(entries)
          .extracting(e -> e.user().key())
          .allMatch(key -> UserDirectory.of(world, child).byId(key).isPresent());
    }
  }
}
