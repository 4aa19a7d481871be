package io.duoctl.emulator.admin;

import static io.duoctl.emulator.admin.AdminTestBed.assertInvalid;
import static io.duoctl.emulator.admin.AdminTestBed.assertNotFound;
import static io.duoctl.emulator.admin.AdminTestBed.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.admin.AdminClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Groups and membership (admin-api.md §5.3, §6.4, §7.2, §7.12) over real HTTP. */
class GroupsApiTest {

  private final AdminTestBed bed = new AdminTestBed();
  private final AdminClient admin = bed.admin;

  @AfterEach
  void stop() {
    bed.close();
  }

  private String createGroup(String name, String... more) {
    String[] params = new String[more.length + 2];
    params[0] = "name";
    params[1] = name;
    System.arraycopy(more, 0, params, 2, more.length);
    Reply reply = admin.post("/admin/v1/groups", params);
    assertOk(reply);
    return reply.response().get("group_id").asText();
  }

  @Test
  void create_writesStatusCapitalised_section7_12() {
    Reply reply = admin.post("/admin/v1/groups", "name", "Sales", "status", "bypass", "desc", "d");

    assertOk(reply);
    JsonNode group = reply.response();
    assertThat(group.get("group_id").asText()).matches("DG[A-Z0-9]{18}");
    assertThat(group.get("status").asText()).isEqualTo("Bypass");
    assertThat(group.get("desc").asText()).isEqualTo("d");
    assertThat(group.get("push_enabled").asBoolean()).isTrue();
  }

  @Test
  void create_duplicateOrMissingName_is400Name() {
    createGroup("Sales");

    assertInvalid(admin.post("/admin/v1/groups", "name", "Sales"), "name");
    assertInvalid(admin.post("/admin/v1/groups", "desc", "x"), "name");
  }

  @Test
  void getV1AndV2_andModify_seenOnSecondRead() {
    String id = createGroup("Sales");

    assertOk(admin.post("/admin/v1/groups/" + id, "name", "Sales EU", "sms_enabled", "0"));

    JsonNode v2 = admin.get("/admin/v2/groups/" + id).response();
    JsonNode v1 = admin.get("/admin/v1/groups/" + id).response();
    assertThat(v2.get("name").asText()).isEqualTo("Sales EU");
    assertThat(v2.get("sms_enabled").asBoolean()).isFalse();
    assertThat(v1).isEqualTo(v2);
  }

  @Test
  void list_pagesAndFiltersByGroupIdList() {
    String a = createGroup("A");
    createGroup("B");
    String c = createGroup("C");

    Reply page = admin.get("/admin/v1/groups", "limit", "2");
    Reply picked = admin.get("/admin/v1/groups", "group_id_list", "[\"" + c + "\",\"" + a + "\"]");

    assertThat(page.response()).hasSize(2);
    assertThat(page.metadata().get("next_offset").asInt()).isEqualTo(2);
    assertThat(picked.response()).extracting(g -> g.get("name").asText()).containsExactly("C", "A");
  }

  @Test
  void members_v2_listUserIdAndUsername_andUserShowsGroup() {
    String group = createGroup("Sales");
    String alice = bed.createUser("alice");

    assertOk(admin.post("/admin/v1/users/" + alice + "/groups", "group_id", group));
    Reply members = admin.get("/admin/v2/groups/" + group + "/users");
    JsonNode user = admin.get("/admin/v1/users/" + alice).response();

    assertThat(members.response()).hasSize(1);
    assertThat(members.response().get(0).get("user_id").asText()).isEqualTo(alice);
    assertThat(members.response().get(0).get("username").asText()).isEqualTo("alice");
    assertThat(members.response().get(0).size()).isEqualTo(2);
    assertThat(user.get("groups").get(0).get("name").asText()).isEqualTo("Sales");
  }

  @Test
  void removeMember_thatIsNotAMember_isIdempotent200_section7_2() {
    String group = createGroup("Sales");
    String alice = bed.createUser("alice");

    Reply reply = admin.delete("/admin/v1/users/" + alice + "/groups/" + group);

    assertOk(reply);
    assertThat(reply.response().asText()).isEmpty();
  }

  @Test
  void addMember_unknownGroup_is400GroupId() {
    String alice = bed.createUser("alice");

    assertInvalid(
        admin.post("/admin/v1/users/" + alice + "/groups", "group_id", "DGAAAAAAAAAAAAAAAAAA"),
        "group_id");
  }

  @Test
  void delete_removesGroupAndMemberships() {
    String group = createGroup("Sales");
    String alice = bed.createUser("alice");
    admin.post("/admin/v1/users/" + alice + "/groups", "group_id", group);

    assertOk(admin.delete("/admin/v1/groups/" + group));

    assertNotFound(admin.get("/admin/v2/groups/" + group));
    assertThat(admin.get("/admin/v1/users/" + alice + "/groups").response()).isEmpty();
  }
}
