package io.duoctl.emulator.admin;

import static io.duoctl.emulator.admin.AdminTestBed.assertInvalid;
import static io.duoctl.emulator.admin.AdminTestBed.assertNotFound;
import static io.duoctl.emulator.admin.AdminTestBed.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.admin.AdminClient.Reply;
import io.duoctl.emulator.admin.phones.DeviceBehaviour;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.phones.PhonePlatform;
import io.duoctl.emulator.admin.phones.PhoneType;
import io.duoctl.emulator.admin.settings.AccountSettings;
import io.duoctl.emulator.admin.users.EnrollmentEmails;
import io.duoctl.emulator.admin.users.LockoutPolicy;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserStatus;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lockout, enrollment, trash and verification pushes (admin-api.md §5.1, §7.5, §7.6, §7.10). */
class UserLifecycleTest {

  private final AdminTestBed bed = new AdminTestBed();
  private final AdminClient admin = bed.admin;
  private final UserDirectory users = UserDirectory.of(bed.world(), bed.account);

  @AfterEach
  void stop() {
    bed.close();
  }

  @Test
  void failedAttempts_locksOutAtDefaultThresholdOf10_section7_6() {
    String id = bed.createUser("alice");
    for (int i = 0; i < 9; i++) {
      users.recordFailedAttempt(id);
    }
    assertThat(admin.get("/admin/v1/users/" + id).response().get("status").asText())
        .isEqualTo("active");

    users.recordFailedAttempt(id);
    JsonNode user = admin.get("/admin/v1/users/" + id).response();

    assertThat(user.get("status").asText()).isEqualTo("locked out");
    assertThat(user.get("lockout_reason").asText()).isEqualTo("Failed Attempts");
  }

  @Test
  void lockoutThreshold_comesFromThePolicySupplier_section7_6() {
    users.lockoutPolicy(() -> LockoutPolicy.fixed(2, null));
    String id = bed.createUser("alice");

    users.recordFailedAttempt(id);
    User after = users.recordFailedAttempt(id);

    assertThat(after.status()).isEqualTo(UserStatus.LOCKED_OUT);
  }

  @Test
  void lockoutThreshold_followsTheAccountSettings_section7_6() {
    AccountSettings.of(bed.account).lockoutThreshold(3);
    String id = bed.createUser("alice");

    users.recordFailedAttempt(id);
    users.recordFailedAttempt(id);
    User third = users.recordFailedAttempt(id);

    assertThat(third.status()).isEqualTo(UserStatus.LOCKED_OUT);
  }

  @Test
  void successfulLogin_resetsTheFailureCount_section7_6() {
    users.lockoutPolicy(() -> LockoutPolicy.fixed(2, null));
    String id = bed.createUser("alice");

    users.recordFailedAttempt(id);
    users.recordSuccessfulLogin(id);
    User after = users.recordFailedAttempt(id);

    assertThat(after.status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(after.lastLogin()).isEqualTo(AdminTestBed.NOW.getEpochSecond());
  }

  @Test
  void lockedOutUser_isUnlockedByPostingStatusActive_section7_6() {
    String id = bed.createUser("alice");
    users.lockOut(id, UserDirectory.FAILED_ATTEMPTS);

    assertOk(admin.post("/admin/v1/users/" + id, "status", "active"));
    JsonNode user = admin.get("/admin/v1/users/" + id).response();

    assertThat(user.get("status").asText()).isEqualTo("active");
    assertThat(user.get("lockout_reason").isNull()).isTrue();
  }

  @Test
  void lockout_expiresAfterLockoutExpireDuration_section7_6() {
    users.lockoutPolicy(() -> LockoutPolicy.fixed(1, Duration.ofMinutes(5)));
    String id = bed.createUser("alice");
    users.recordFailedAttempt(id);

    bed.duo.clock().advance(Duration.ofMinutes(4));
    String during = admin.get("/admin/v1/users/" + id).response().get("status").asText();
    bed.duo.clock().advance(Duration.ofMinutes(1));
    String after = admin.get("/admin/v1/users/" + id).response().get("status").asText();

    assertThat(during).isEqualTo("locked out");
    assertThat(after).isEqualTo("active");
  }

  @Test
  void enroll_unknownUsername_createsTheUserAndRecordsTheEmail() {
    Reply reply =
        admin.post("/admin/v1/users/enroll", "username", "newbie", "email", "n@example.com");

    assertOk(reply);
    assertThat(reply.response().asText()).hasSize(20);
    JsonNode found = admin.get("/admin/v1/users", "username", "newbie").response();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("email").asText()).isEqualTo("n@example.com");
    assertThat(EnrollmentEmails.of(bed.world(), bed.account).all())
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail.email()).isEqualTo("n@example.com");
              assertThat(mail.expires()).isEqualTo(AdminTestBed.NOW.plus(Duration.ofDays(30)));
            });
  }

  @Test
  void enroll_alreadyEnrolledUser_is400() {
    String id = bed.createUser("alice");
    Phone phone =
        PhoneBook.of(bed.world(), bed.account).create(Phone.builder().number("+15555550101"));
    PhoneBook.of(bed.world(), bed.account).attach(phone.phoneId(), id);

    assertInvalid(
        admin.post("/admin/v1/users/enroll", "username", "alice", "email", "a@example.com"),
        "username");
  }

  @Test
  void bulkSendToTrash_thenRestore_movesStatus_section7_5() {
    String a = bed.createUser("a");
    String b = bed.createUser("b");
    String list = "[\"" + a + "\",\"" + b + "\"]";

    assertOk(admin.post("/admin/v1/users/bulk_send_to_trash", "user_id_list", list));
    String trashed = admin.get("/admin/v1/users/" + a).response().get("status").asText();
    assertOk(admin.post("/admin/v1/users/bulk_restore", "user_id_list", list));
    String restored = admin.get("/admin/v1/users/" + b).response().get("status").asText();

    assertThat(trashed).isEqualTo("pending deletion");
    assertThat(restored).isEqualTo("active");
  }

  @Test
  void trashedUser_isPurgedAfterPendingDeletionDays_section6_1() {
    String id = bed.createUser("alice");
    assertOk(admin.post("/admin/v1/users/bulk_send_to_trash", "user_id_list", "[\"" + id + "\"]"));

    bed.duo.clock().advance(Duration.ofDays(7).minusSeconds(1));
    Reply before = admin.get("/admin/v1/users/" + id);
    bed.duo.clock().advance(Duration.ofSeconds(1));
    Reply after = admin.get("/admin/v1/users/" + id);

    assertThat(before.response().get("status").asText()).isEqualTo("pending deletion");
    assertNotFound(after);
    assertThat(admin.get("/admin/v1/users", "username", "alice").response()).isEmpty();
  }

  @Test
  void bulkCreate_createsAll_orNoneOnADuplicate() {
    bed.createUser("taken");

    Reply ok =
        admin.post(
            "/admin/v1/users/bulk_create",
            "users",
            "[{\"username\":\"x1\",\"email\":\"x1@e.com\"},{\"username\":\"x2\"}]");
    Reply clash =
        admin.post(
            "/admin/v1/users/bulk_create",
            "users",
            "[{\"username\":\"y1\"},{\"username\":\"taken\"}]");

    assertOk(ok);
    assertThat(ok.response()).hasSize(2);
    assertInvalid(clash, "users");
    assertThat(admin.get("/admin/v1/users", "username", "y1").response()).isEmpty();
  }

  private Phone pushPhone(String userId, DeviceBehaviour behaviour) {
    PhoneBook phones = PhoneBook.of(bed.world(), bed.account);
    Phone phone =
        phones.create(
            Phone.builder()
                .number("+15555550199")
                .type(PhoneType.MOBILE)
                .platform(PhonePlatform.APPLE_IOS)
                .activated(true)
                .behaviour(behaviour));
    phones.attach(phone.phoneId(), userId);
    return phone;
  }

  @Test
  void verificationPush_answersWithTheDeviceBehaviour_section7_10() {
    String id = bed.createUser("alice");
    Phone phone = pushPhone(id, DeviceBehaviour.deny().after(Duration.ofSeconds(10)));

    Reply sent =
        admin.post(
            "/admin/v1/users/" + id + "/send_verification_push", "phone_id", phone.phoneId());
    String pushId = sent.response().get("push_id").asText();
    String waiting = pushResult(id, pushId).response().get("result").asText();
    bed.duo.clock().advance(Duration.ofSeconds(10));
    String answered = pushResult(id, pushId).response().get("result").asText();

    assertOk(sent);
    assertThat(sent.response().get("confirmation_code").asText()).isNotEmpty();
    assertThat(waiting).isEqualTo("waiting");
    assertThat(answered).isEqualTo("deny");
  }

  @Test
  void verificationPushResult_is404After120Seconds_section7_10() {
    String id = bed.createUser("alice");
    Phone phone = pushPhone(id, DeviceBehaviour.approve());
    String pushId =
        admin
            .post("/admin/v1/users/" + id + "/send_verification_push", "phone_id", phone.phoneId())
            .response()
            .get("push_id")
            .asText();

    bed.duo.clock().advance(Duration.ofSeconds(119));
    Reply before = pushResult(id, pushId);
    bed.duo.clock().advance(Duration.ofSeconds(1));
    Reply after = pushResult(id, pushId);

    assertThat(before.response().get("result").asText()).isEqualTo("approve");
    assertNotFound(after);
  }

  @Test
  void verificationPush_toAPhoneWithoutPush_is400PhoneId() {
    String id = bed.createUser("alice");
    PhoneBook phones = PhoneBook.of(bed.world(), bed.account);
    Phone landline = phones.create(Phone.builder().number("+15555550111").type(PhoneType.LANDLINE));
    phones.attach(landline.phoneId(), id);

    assertInvalid(
        admin.post(
            "/admin/v1/users/" + id + "/send_verification_push", "phone_id", landline.phoneId()),
        "phone_id");
  }

  private Reply pushResult(String userId, String pushId) {
    return admin.get(
        "/admin/v1/users/" + userId + "/verification_push_response", "push_id", pushId);
  }
}
