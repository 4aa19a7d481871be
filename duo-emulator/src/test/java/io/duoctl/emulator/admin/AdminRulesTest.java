package io.duoctl.emulator.admin;

import static io.duoctl.emulator.admin.AdminTestBed.assertInvalid;
import static io.duoctl.emulator.admin.AdminTestBed.assertNotFound;
import static io.duoctl.emulator.admin.AdminTestBed.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.admin.AdminClient.Reply;
import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.admin.bypass.BypassRequest;
import io.duoctl.emulator.admin.groups.Group;
import io.duoctl.emulator.admin.groups.Groups;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.http.Route;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cross-cutting rules: unknown IDs (§7.2), caps (§7.11), cascades (§7.5), MSP access (§1.5). */
class AdminRulesTest {

  private final AdminTestBed bed = new AdminTestBed();
  private final AdminClient admin = bed.admin;

  @AfterEach
  void stop() {
    bed.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/admin/v1/users/DUAAAAAAAAAAAAAAAAAA",
        "/admin/v1/phones/DPAAAAAAAAAAAAAAAAAA",
        "/admin/v1/groups/DGAAAAAAAAAAAAAAAAAA",
        "/admin/v2/groups/DGAAAAAAAAAAAAAAAAAA",
        "/admin/v2/groups/DGAAAAAAAAAAAAAAAAAA/users",
        "/admin/v1/tokens/DHAAAAAAAAAAAAAAAAAA",
        "/admin/v1/bypass_codes/DBAAAAAAAAAAAAAAAAAA",
        "/admin/v1/webauthncredentials/WAAAAAAAAAAAAAAAAAAA",
        "/admin/v1/users/DUAAAAAAAAAAAAAAAAAA/phones",
        "/admin/v1/users/DUAAAAAAAAAAAAAAAAAA/groups",
        "/admin/v1/users/DUAAAAAAAAAAAAAAAAAA/tokens",
        "/admin/v1/users/DUAAAAAAAAAAAAAAAAAA/bypass_codes"
      })
  void getUnknownId_is404_40401_section7_2(String path) {
    assertNotFound(admin.get(path));
  }

  @Test
  void aUserHasAtMost100Phones_section7_11() {
    UserDirectory users = UserDirectory.of(bed.world(), bed.account);
    PhoneBook phones = PhoneBook.of(bed.world(), bed.account);
    String user = users.create(User.builder("alice")).userId();
    for (int i = 0; i < 100; i++) {
      phones.attach(phones.create(Phone.builder().number("+1555600" + pad(i))).phoneId(), user);
    }
    String extra = phones.create(Phone.builder().number("+15557000000")).phoneId();

    assertInvalid(admin.post("/admin/v1/users/" + user + "/phones", "phone_id", extra), "phone_id");
    assertThat(phones.phonesOf(user)).hasSize(100);
  }

  @Test
  void aPhoneHasAtMost100Users_section7_11() {
    UserDirectory users = UserDirectory.of(bed.world(), bed.account);
    PhoneBook phones = PhoneBook.of(bed.world(), bed.account);
    String phone = phones.create(Phone.builder().number("+15557000001")).phoneId();
    for (int i = 0; i < 100; i++) {
      phones.attach(phone, users.create(User.builder("u" + i)).userId());
    }
    String extra = users.create(User.builder("extra")).userId();

    assertThatThrownBy(() -> phones.attach(phone, extra))
        .isInstanceOfSatisfying(DuoError.class, e -> assertThat(e.detail()).isEqualTo("phone_id"));
  }

  @Test
  void aUserIsInAtMost100Groups_section7_11() {
    Groups groups = Groups.of(bed.world(), bed.account);
    String user = UserDirectory.of(bed.world(), bed.account).create(User.builder("a")).userId();
    for (int i = 0; i < 100; i++) {
      groups.addMember(groups.create(Group.named("g" + i)).groupId(), user);
    }
    String extra = groups.create(Group.named("extra")).groupId();

    assertInvalid(admin.post("/admin/v1/users/" + user + "/groups", "group_id", extra), "group_id");
  }

  @Test
  void deletingAUser_removesBypassCodesAndMemberships_section7_5() {
    String user = bed.createUser("alice");
    Groups groups = Groups.of(bed.world(), bed.account);
    String group = groups.create(Group.named("Sales")).groupId();
    groups.addMember(group, user);
    BypassCodes.of(bed.world(), bed.account).create(user, BypassRequest.defaults());

    assertOk(admin.delete("/admin/v1/users/" + user));

    assertThat(admin.get("/admin/v1/bypass_codes").response()).isEmpty();
    assertThat(admin.get("/admin/v2/groups/" + group + "/users").response()).isEmpty();
  }

  @Test
  void mspAccountsKeys_manageAChildsUsersWithAccountId_section1_5() {
    Account child = bed.duo.givenChildAccount(bed.account, "Dental Co");
    IntegrationKeys accounts = bed.duo.givenAccountsApi(bed.account);
    AdminClient msp = new AdminClient(bed.duo, accounts);

    Reply created = msp.post("/admin/v1/users", "username", "dentist", "account_id", child.id());
    Reply listed = msp.get("/admin/v1/users", "account_id", child.id());

    assertOk(created);
    assertThat(listed.response()).hasSize(1);
    assertThat(UserDirectory.of(bed.world(), child).byUsernameOrAlias("dentist")).isPresent();
    assertThat(UserDirectory.of(bed.world(), bed.account).all()).isEmpty();
  }

  @Test
  void routes_declarePermissionAndRateClass() {
    assertThat(route("GET", "/admin/v1/users").rateClass()).isEqualTo(RateClass.GET_PAGE);
    assertThat(route("GET", "/admin/v1/users/{user_id}").rateClass()).isEqualTo(RateClass.GET_ONE);
    assertThat(route("GET", "/admin/v1/users/{user_id}/verification_push_response").rateClass())
        .isEqualTo(RateClass.GET_ONE);
    assertThat(route("GET", "/admin/v2/logs/telephony").rateClass()).isEqualTo(RateClass.LOGS);
    assertThat(route("GET", "/admin/v2/logs/telephony").permission())
        .isEqualTo(Permission.ADMIN_READ_LOG);
    assertThat(route("POST", "/admin/v1/users/{user_id}").permission())
        .isEqualTo(Permission.ADMIN_WRITE_RESOURCE);
    assertThat(route("GET", "/admin/v1/phones").permission())
        .isEqualTo(Permission.ADMIN_READ_RESOURCE);
  }

  private Route route(String method, String pattern) {
    return bed.duo.routes().all().stream()
        .filter(r -> r.method().equals(method) && r.pattern().equals(pattern))
        .findFirst()
        .orElseThrow();
  }

  private static String pad(int i) {
    return String.format("%04d", i);
  }
}
