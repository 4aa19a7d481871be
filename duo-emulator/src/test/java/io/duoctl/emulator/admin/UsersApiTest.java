package io.duoctl.emulator.admin;

import static io.duoctl.emulator.admin.AdminTestBed.assertInvalid;
import static io.duoctl.emulator.admin.AdminTestBed.assertNotFound;
import static io.duoctl.emulator.admin.AdminTestBed.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.admin.AdminClient.Reply;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.model.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The users endpoints (admin-api.md §5.1, §6.1, §7) over real HTTP. */
@Tag("slow")
class UsersApiTest {

  private final AdminTestBed bed = new AdminTestBed();
  private final AdminClient admin = bed.admin;

  @AfterEach
  void stop() {
    bed.close();
  }

  @Test
  void create_thenGet_returnsDuoUserShape_section6_1() {
    String id =
        bed.createUser(
            "alice", "realname", "Alice Liddell", "email", "alice@example.com", "alias1", "al");

    Reply reply = admin.get("/admin/v1/users/" + id);

    assertOk(reply);
    JsonNode user = reply.response();
    assertThat(user.get("user_id").asText()).matches("DU[A-Z0-9]{18}");
    assertThat(user.get("username").asText()).isEqualTo("alice");
    assertThat(user.get("realname").asText()).isEqualTo("Alice Liddell");
    assertThat(user.get("status").asText()).isEqualTo("active");
    assertThat(user.get("alias1").asText()).isEqualTo("al");
    assertThat(user.get("alias2").isNull()).isTrue();
    assertThat(user.get("aliases").get("alias1").asText()).isEqualTo("al");
    assertThat(user.get("created").asLong()).isEqualTo(AdminTestBed.NOW.getEpochSecond());
    assertThat(user.get("is_enrolled").asBoolean()).isFalse();
    assertThat(user.get("lockout_reason").isNull()).isTrue();
    for (String list : new String[] {"phones", "groups", "tokens", "webauthncredentials"}) {
      assertThat(user.get(list).isArray()).as(list).isTrue();
    }
  }

  @Test
  void create_withFormBodyV2_isAccepted_section3() {
    Reply reply = admin.v2Form().post("/admin/v1/users", "username", "bob smith");

    assertOk(reply);
    assertThat(reply.response().get("username").asText()).isEqualTo("bob smith");
  }

  @Test
  void create_withoutUsername_is400NamingUsername() {
    assertInvalid(admin.post("/admin/v1/users", "realname", "Nobody"), "username");
  }

  @Test
  void create_duplicateUsername_is40002Username_section7_3() {
    bed.createUser("alice");

    assertInvalid(admin.post("/admin/v1/users", "username", "ALICE"), "username");
  }

  @Test
  void create_usernameEqualToAnotherUsersAlias_is40002Username_section7_3() {
    bed.createUser("alice", "alias1", "ally");

    assertInvalid(admin.post("/admin/v1/users", "username", "ally"), "username");
  }

  @Test
  void create_aliasTakenByAnotherUser_is40002NamingTheAliasField_section7_3() {
    bed.createUser("alice", "alias1", "ally");

    assertInvalid(admin.post("/admin/v1/users", "username", "bob", "alias2", "ally"), "alias2");
    assertInvalid(
        admin.post("/admin/v1/users", "username", "bob", "aliases", "alias3=alice"), "aliases");
  }

  @Test
  void create_withAliasesUrlEncodedForm_setsUpToEight_section3() {
    Reply reply =
        admin.post(
            "/admin/v1/users",
            "username",
            "carol",
            "aliases",
            "alias1=c1&alias8=carol%40example.com");

    assertOk(reply);
    JsonNode aliases = reply.response().get("aliases");
    assertThat(aliases.get("alias1").asText()).isEqualTo("c1");
    assertThat(aliases.get("alias8").asText()).isEqualTo("carol@example.com");
    assertThat(reply.response().get("alias1").asText()).isEqualTo("c1");
  }

  @Test
  void create_aliasesAndLegacyAliasTogether_is400Aliases_section3() {
    assertInvalid(
        admin.post("/admin/v1/users", "username", "d", "aliases", "alias1=x", "alias2", "y"),
        "aliases");
  }

  @Test
  void create_statusLockedOut_is400Status_section7_6() {
    assertInvalid(admin.post("/admin/v1/users", "username", "e", "status", "locked out"), "status");
  }

  @Test
  void get_unknownUser_is404_40401_section7_2() {
    assertNotFound(admin.get("/admin/v1/users/DUAAAAAAAAAAAAAAAAAA"));
  }

  @Test
  void list_usernameMatchesAlias_returnsArrayOfOne_section7_4() {
    bed.createUser("alice", "alias2", "a.liddell");
    bed.createUser("bob");

    Reply byAlias = admin.get("/admin/v1/users", "username", "a.liddell");
    Reply none = admin.get("/admin/v1/users", "username", "nobody");

    assertOk(byAlias);
    assertThat(byAlias.response()).hasSize(1);
    assertThat(byAlias.response().get(0).get("username").asText()).isEqualTo("alice");
    assertThat(none.response()).isEmpty();
  }

  @Test
  void list_byEmail_returnsMatches_section7_4() {
    bed.createUser("alice", "email", "alice@example.com");
    bed.createUser("bob", "email", "bob@example.com");

    Reply reply = admin.get("/admin/v1/users", "email", "alice@example.com");

    assertThat(reply.response()).hasSize(1);
    assertThat(reply.response().get(0).get("username").asText()).isEqualTo("alice");
  }

  @Test
  void list_userIdList_jsonArrayString_returnsThoseUsers_section3() {
    String a = bed.createUser("a");
    bed.createUser("b");
    String c = bed.createUser("c");

    Reply reply = admin.get("/admin/v1/users", "user_id_list", "[\"" + a + "\",\"" + c + "\"]");

    assertOk(reply);
    assertThat(reply.response())
        .extracting(u -> u.get("username").asText())
        .containsExactly("a", "c");
  }

  @Test
  void list_usernameList_ofMoreThan100_is400_section7_11() {
    StringBuilder names = new StringBuilder("[");
    for (int i = 0; i < 101; i++) {
      names.append(i == 0 ? "" : ",").append("\"u").append(i).append('"');
    }
    names.append(']');

    assertInvalid(admin.get("/admin/v1/users", "username_list", names.toString()), "username_list");
  }

  @Test
  void list_pagesWithMetadata_andClampsLimitTo300_section2_2() {
    UserDirectory users = UserDirectory.of(bed.world(), bed.account);
    for (int i = 0; i < 305; i++) {
      users.create(User.builder("user" + i));
    }

    Reply first = admin.get("/admin/v1/users", "limit", "1000");
    Reply last = admin.get("/admin/v1/users", "limit", "300", "offset", "300");
    Reply defaults = admin.get("/admin/v1/users");

    assertThat(first.response()).hasSize(300);
    assertThat(first.metadata().get("next_offset").asInt()).isEqualTo(300);
    assertThat(first.metadata().get("total_objects").asInt()).isEqualTo(305);
    assertThat(first.metadata().get("prev_offset").isNull()).isTrue();
    assertThat(last.response()).hasSize(5);
    assertThat(last.metadata().get("next_offset").isNull()).isTrue();
    assertThat(last.metadata().get("prev_offset").asInt()).isEqualTo(0);
    assertThat(defaults.response()).hasSize(100);
    assertThat(defaults.metadata().get("next_offset").asInt()).isEqualTo(100);
  }

  @Test
  void list_badLimit_is400Limit() {
    assertInvalid(admin.get("/admin/v1/users", "limit", "many"), "limit");
  }

  @Test
  void modify_changesFields_seenOnSecondRead() {
    String id = bed.createUser("alice");

    assertOk(admin.post("/admin/v1/users/" + id, "realname", "Alice L", "status", "bypass"));
    JsonNode user = admin.get("/admin/v1/users/" + id).response();

    assertThat(user.get("realname").asText()).isEqualTo("Alice L");
    assertThat(user.get("status").asText()).isEqualTo("bypass");
  }

  @Test
  void modify_blankAliasInAliasesForm_removesIt_section3() {
    String id = bed.createUser("alice", "aliases", "alias1=a1&alias2=a2");

    assertOk(admin.post("/admin/v1/users/" + id, "aliases", "alias1="));
    JsonNode user = admin.get("/admin/v1/users/" + id).response();

    assertThat(user.get("aliases").has("alias1")).isFalse();
    assertThat(user.get("aliases").get("alias2").asText()).isEqualTo("a2");
  }

  @Test
  void modify_unknownUser_is404() {
    assertNotFound(admin.post("/admin/v1/users/DUAAAAAAAAAAAAAAAAAA", "realname", "x"));
  }

  @Test
  void delete_unknownUser_isIdempotent200_section7_2() {
    Reply reply = admin.delete("/admin/v1/users/DUAAAAAAAAAAAAAAAAAA");

    assertOk(reply);
    assertThat(reply.response().asText()).isEmpty();
  }

  @Test
  void delete_isPermanent_andKeepsPhones_section7_5() {
    String id = bed.createUser("alice");
    Phone phone =
        PhoneBook.of(bed.world(), bed.account).create(Phone.builder().number("+15555550100"));
    assertOk(admin.post("/admin/v1/users/" + id + "/phones", "phone_id", phone.phoneId()));

    assertOk(admin.delete("/admin/v1/users/" + id));

    assertNotFound(admin.get("/admin/v1/users/" + id));
    Reply kept = admin.get("/admin/v1/phones/" + phone.phoneId());
    assertOk(kept);
    assertThat(kept.response().get("users")).isEmpty();
    assertThat(admin.get("/admin/v1/users", "username", "alice").response()).isEmpty();
  }

  @Test
  void writes_withReadOnlyGrant_are403_40301() {
    AdminClient reader =
        new AdminClient(
            bed.duo, bed.duo.givenAdminApi(bed.account, Permission.ADMIN_READ_RESOURCE));

    Reply write = reader.post("/admin/v1/users", "username", "x");
    Reply read = reader.get("/admin/v1/users");

    assertThat(write.status()).isEqualTo(403);
    assertThat(write.code()).isEqualTo(40301);
    assertOk(read);
  }
}
