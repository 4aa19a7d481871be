package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.phones.PhoneDetails;
import io.duoctl.client.admin.users.EnrollmentCode;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.UserStatus;
import io.duoctl.client.admin.users.UserUpdate;
import io.duoctl.client.admin.users.Users;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.paging.Page;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.record.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /admin/v1/users} through {@code admin.users()} (admin-api.md §5.1, §6.1, §7). */
@Tag("slow")
class UsersRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account account;
  private AdminApi admin;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account);
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void createUser_thenGetAndFindByUsername_returnIt() {
    User created =
        admin
            .users()
            .create(
                NewUser.builder("jdoe")
                    .realname("John Doe")
                    .firstname("John")
                    .lastname("Doe")
                    .email("jdoe@acme.example")
                    .notes("front desk")
                    .build());

    assertThat(created.userId()).matches("DU[A-Z0-9]{18}");
    assertThat(created.status()).isEqualTo("active");
    assertThat(created.isEnrolled()).isFalse();
    assertThat(admin.users().get(created.userId())).isEqualTo(created);
    assertThat(admin.users().findByUsername("jdoe")).contains(created);
    assertThat(admin.users().findByEmail("jdoe@acme.example")).contains(created);
    assertThat(admin.users().findByUsername("nobody")).isEmpty();
  }

  @Test
  void createUser_withAliases_thenFindByAlias_returnsTheUser_section7_4() {
    User created =
        admin
            .users()
            .create(
                NewUser.builder("jdoe").aliases(List.of("john.doe", "jd@acme.example")).build());

    assertThat(created.aliases())
        .containsEntry("alias1", "john.doe")
        .containsEntry("alias2", "jd@acme.example");
    assertThat(created.alias1()).isEqualTo("john.doe");
    assertThat(admin.users().findByUsername("jd@acme.example")).contains(created);
  }

  @Test
  void createUser_withATakenUsernameOrAlias_isInvalidNamingTheField_section7_3() {
    admin.users().create(NewUser.builder("jdoe").aliases(List.of("john.doe")).build());

    assertThatThrownBy(() -> admin.users().create(NewUser.of("jdoe")))
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class,
            e -> assertThat(e.messageDetail()).contains("username"));
    assertThatThrownBy(() -> admin.users().create(NewUser.of("john.doe")))
        .isInstanceOf(DuoInvalidRequestException.class);
    assertThatThrownBy(
            () -> admin.users().create(NewUser.builder("other").aliases(List.of("jdoe")).build()))
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class,
            e -> assertThat(e.messageDetail()).contains("aliases"));
    assertThat(admin.users().list().all()).hasSize(1);
  }

  @Test
  void updateUser_thenGetShowsTheChange() {
    User created = admin.users().create(NewUser.builder("jdoe").realname("John").build());

    User updated =
        admin
            .users()
            .update(
                created.userId(),
                UserUpdate.builder()
                    .realname("John Doe")
                    .email("john@acme.example")
                    .status(UserStatus.BYPASS)
                    .aliases(List.of("johnny"))
                    .build());

    User read = admin.users().get(created.userId());
    assertThat(read).isEqualTo(updated);
    assertThat(read.realname()).isEqualTo("John Doe");
    assertThat(read.email()).isEqualTo("john@acme.example");
    assertThat(read.status()).isEqualTo("bypass");
    assertThat(read.aliases()).containsEntry("alias1", "johnny");
    assertThat(admin.users().findByUsername("johnny")).contains(read);
  }

  @Test
  void updateUser_renamed_isFoundByTheNewNameOnly() {
    User created = admin.users().create(NewUser.of("jdoe"));

    admin.users().update(created.userId(), UserUpdate.builder().username("john.doe").build());

    assertThat(admin.users().findByUsername("john.doe")).isPresent();
    assertThat(admin.users().findByUsername("jdoe")).isEmpty();
  }

  @Test
  void deleteUser_thenGetIsNotFound_andDeletingAgainSucceeds_section7_2() {
    User created = admin.users().create(NewUser.of("jdoe"));

    admin.users().delete(created.userId());

    assertThatThrownBy(() -> admin.users().get(created.userId()))
        .isInstanceOf(DuoNotFoundException.class);
    admin.users().delete(created.userId());
    assertThat(duo.requests().toPath("/admin/v1/users/" + created.userId()))
        .extracting(RecordedRequest::status)
        .containsExactly(200, 404, 200);
  }

  @Test
  void deleteUser_isPermanent_notTrash_section7_5() {
    User created = admin.users().create(NewUser.of("jdoe"));

    admin.users().delete(created.userId());

    assertThat(admin.users().list().all()).isEmpty();
    assertThat(admin.users().findByUsername("jdoe")).isEmpty();
  }

  @Test
  void list_walksEveryPageOf300_section2_2() {
    seedUsers(Users.PAGE_SIZE * 2 + 50);

    Page<User> first = admin.users().list().firstPage();
    List<User> all = admin.users().list().all();

    assertThat(first.items()).hasSize(Users.PAGE_SIZE);
    assertThat(first.totalObjects()).hasValue(Users.PAGE_SIZE * 2 + 50);
    assertThat(all).extracting(User::username).doesNotHaveDuplicates().hasSize(650);
    assertThat(duo.requests().toPath("/admin/v1/users"))
        .extracting(r -> r.param("offset"))
        .containsExactly("0", "0", "300", "600");
  }

  @Test
  void rawList_askingForMoreThanTheMaximum_isClampedTo300_section7_11() {
    seedUsers(350);

    List<Page<JsonNode>> pages =
        pages(admin.raw().offsetPaged(DuoRequest.get("/admin/v1/users"), JsonNode.class, 1000));

    assertThat(pages).extracting(page -> page.items().size()).containsExactly(300, 50);
  }

  @Test
  void listByIdsAndUsernames_fetchInChunksOf100_andReturnEveryNamedUser_section3() {
    List<String> ids = seedUsers(130);
    List<String> names = IntStream.range(0, 130).mapToObj(i -> "user" + i).toList();

    assertThat(admin.users().listByIds(ids).all()).extracting(User::userId).hasSameElementsAs(ids);
    assertThat(admin.users().listByUsernames(names).all())
        .extracting(User::username)
        .hasSameElementsAs(names);
    assertThat(duo.requests().toPath("/admin/v1/users")).hasSize(4);
  }

  @Test
  void enroll_ofAnUnknownUsername_createsTheUser_section5_1() {
    EnrollmentCode code = admin.users().enroll("newhire", "newhire@acme.example");

    assertThat(code.toString()).doesNotContain(code.value());
    User created = admin.users().findByUsername("newhire").orElseThrow();
    assertThat(created.email()).isEqualTo("newhire@acme.example");
    assertThat(created.isEnrolled()).isFalse();
  }

  @Test
  void enroll_withAValidity_sendsValidSecs_andCreatesTheUser_section5_1() {
    admin.users().enroll("temp", "temp@acme.example", Duration.ofDays(1));

    assertThat(duo.requests().toPath("/admin/v1/users/enroll").get(0).param("valid_secs"))
        .isEqualTo("86400");
    assertThat(admin.users().findByUsername("temp")).isPresent();
  }

  @Test
  void enroll_ofAnEnrolledUser_isInvalid_section5_1() {
    User user = admin.users().create(NewUser.builder("jdoe").email("jdoe@acme.example").build());
    String phoneId = admin.phones().create(PhoneDetails.mobile("+15555550100")).phoneId();
    admin.users().addPhone(user.userId(), phoneId);

    assertThatThrownBy(() -> admin.users().enroll("jdoe", "jdoe@acme.example"))
        .isInstanceOf(DuoInvalidRequestException.class);
    assertThat(admin.users().get(user.userId()).isEnrolled()).isTrue();
  }

  private List<String> seedUsers(int count) {
    UserDirectory users = UserDirectory.of(duo.world(), account);
    return IntStream.range(0, count)
        .mapToObj(i -> users.create(io.duoctl.emulator.admin.users.User.builder("user" + i)))
        .map(io.duoctl.emulator.admin.users.User::userId)
        .toList();
  }

  private static <T> List<Page<T>> pages(io.duoctl.client.paging.Paged<T> paged) {
    List<Page<T>> pages = new java.util.ArrayList<>();
    paged.pages().forEachRemaining(pages::add);
    return pages;
  }
}
