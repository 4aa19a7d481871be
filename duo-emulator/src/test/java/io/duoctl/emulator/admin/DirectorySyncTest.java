package io.duoctl.emulator.admin;

import static io.duoctl.emulator.admin.AdminTestBed.assertInvalid;
import static io.duoctl.emulator.admin.AdminTestBed.assertNotFound;
import static io.duoctl.emulator.admin.AdminTestBed.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.admin.AdminClient.Reply;
import io.duoctl.emulator.admin.directory.Directories;
import io.duoctl.emulator.admin.directory.DirectoryEntry;
import io.duoctl.emulator.admin.users.UserDirectory;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /admin/v1/users/directorysync/{key}/syncuser} (admin-api.md §7.9). */
class DirectorySyncTest {

  private static final String KEY = "DDK0123456789ABCDEFG";
  private static final String SYNC = "/admin/v1/users/directorysync/" + KEY + "/syncuser";

  private final AdminTestBed bed = new AdminTestBed();
  private final AdminClient admin = bed.admin;
  private final Directories directories = Directories.of(bed.account);

  @AfterEach
  void stop() {
    bed.close();
  }

  private void givenEntry() {
    directories.add(KEY, "Corp AD");
    directories.put(
        KEY,
        new DirectoryEntry(
            "jdoe",
            "John Doe",
            "jdoe@corp.example",
            "John",
            "Doe",
            List.of("john.doe", "DOMAIN\\jdoe"),
            List.of("VPN Users"),
            "8b5b7b3c-0000-4000-8000-000000000001"));
  }

  @Test
  void unknownDirectoryKey_is404_section7_9() {
    assertNotFound(admin.post("/admin/v1/users/directorysync/NOPE/syncuser", "username", "x"));
  }

  @Test
  void usernameNotInDirectory_is400Username_section7_9() {
    givenEntry();

    assertInvalid(admin.post(SYNC, "username", "nobody"), "username");
  }

  @Test
  void sync_createsTheUserFromTheEntry_section7_9() {
    givenEntry();

    Reply reply = admin.post(SYNC, "username", "JDOE");

    assertOk(reply);
    JsonNode user = reply.response();
    assertThat(user.get("username").asText()).isEqualTo("jdoe");
    assertThat(user.get("realname").asText()).isEqualTo("John Doe");
    assertThat(user.get("alias1").asText()).isEqualTo("john.doe");
    assertThat(user.get("alias2").asText()).isEqualTo("DOMAIN\\jdoe");
    assertThat(user.get("external_id").asText()).endsWith("0001");
    assertThat(user.get("last_directory_sync").asLong())
        .isEqualTo(AdminTestBed.NOW.getEpochSecond());
    assertThat(user.get("groups").get(0).get("name").asText()).isEqualTo("VPN Users");
    assertThat(admin.get("/admin/v1/users", "username", "john.doe").response()).hasSize(1);
  }

  @Test
  void sync_updatesAnExistingUser_andUnlocksALockedOutOne_section7_6() {
    givenEntry();
    String id = bed.createUser("jdoe", "realname", "Old Name");
    UserDirectory.of(bed.world(), bed.account).lockOut(id, UserDirectory.FAILED_ATTEMPTS);

    Reply reply = admin.post(SYNC, "username", "jdoe");
    JsonNode user = admin.get("/admin/v1/users/" + id).response();

    assertOk(reply);
    assertThat(reply.response().get("user_id").asText()).isEqualTo(id);
    assertThat(user.get("realname").asText()).isEqualTo("John Doe");
    assertThat(user.get("status").asText()).isEqualTo("active");
    assertThat(user.get("lockout_reason").isNull()).isTrue();
  }
}
