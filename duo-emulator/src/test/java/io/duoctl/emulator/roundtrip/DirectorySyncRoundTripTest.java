package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.groups.Group;
import io.duoctl.client.admin.users.DirectorySyncResult;
import io.duoctl.client.admin.users.User;
import io.duoctl.emulator.admin.directory.Directories;
import io.duoctl.emulator.admin.directory.DirectoryEntry;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.record.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code users().syncFromDirectory(key, username)}: creates or updates the user from the emulated
 * directory, 404 for an unknown key, 400 for a username the directory lacks (admin-api.md §7.9).
 */
class DirectorySyncRoundTripTest {

  private static final String KEY = "DDK0123456789ABCDEFG";

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Directories directories;
  private AdminApi admin;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    Account account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account);
    directories = Directories.of(account);
    directories.add(KEY, "Corp AD");
    directories.put(KEY, entry("John Doe", "jdoe@corp.example"));
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void sync_ofANewUsername_createsTheUserFromTheDirectory_section7_9() {
    DirectorySyncResult result = admin.users().syncFromDirectory(KEY, "jdoe");

    User synced = result.user().orElseThrow();
    assertThat(synced.realname()).isEqualTo("John Doe");
    assertThat(synced.email()).isEqualTo("jdoe@corp.example");
    assertThat(synced.lastDirectorySync()).isNotNull();
    assertThat(admin.users().findByUsername("jdoe")).contains(synced);
    assertThat(admin.users().groups(synced.userId()).all())
        .extracting(Group::name)
        .contains("VPN Users");
    RecordedRequest sent =
        duo.requests().toPath("/admin/v1/users/directorysync/" + KEY + "/syncuser").get(0);
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.params().asMap()).containsOnlyKeys("username");
  }

  @Test
  void sync_ofAnExistingUser_updatesItFromTheDirectory_section7_9() {
    User first = admin.users().syncFromDirectory(KEY, "jdoe").user().orElseThrow();
    directories.put(KEY, entry("John Q. Doe", "john.doe@corp.example"));

    admin.users().syncFromDirectory(KEY, "jdoe");

    User read = admin.users().get(first.userId());
    assertThat(read.realname()).isEqualTo("John Q. Doe");
    assertThat(read.email()).isEqualTo("john.doe@corp.example");
    assertThat(admin.users().list().all()).hasSize(1);
  }

  @Test
  void sync_withAnUnknownDirectoryKey_isNotFound_andCreatesNothing_section7_9() {
    assertThatThrownBy(() -> admin.users().syncFromDirectory("DDKNOPE", "jdoe"))
        .isInstanceOf(DuoNotFoundException.class)
        .message()
        .doesNotContain("DDKNOPE");
    assertThat(admin.users().list().all()).isEmpty();
  }

  @Test
  void sync_ofAUsernameNotInTheDirectory_isInvalidNamingUsername_section7_9() {
    assertThatThrownBy(() -> admin.users().syncFromDirectory(KEY, "nobody"))
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class,
            e -> assertThat(e.messageDetail()).contains("username"));
    assertThat(admin.users().list().all()).isEmpty();
  }

  private static DirectoryEntry entry(String realname, String email) {
    return new DirectoryEntry(
        "jdoe",
        realname,
        email,
        "John",
        "Doe",
        List.of("john.doe"),
        List.of("VPN Users"),
        "8b5b7b3c-0000-4000-8000-000000000001");
  }
}
