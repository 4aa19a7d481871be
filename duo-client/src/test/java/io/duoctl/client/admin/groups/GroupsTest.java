package io.duoctl.client.admin.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.duoctl.client.admin.users.UserSummary;
import io.duoctl.client.fake.FakeTransport;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupsTest {

  private static final String GROUP =
      """
      {"group_id": "DGXXXXXXXXXXXXXXXXXX", "name": "Contractors", "desc": null, "status": "bypass",
       "push_enabled": true, "sms_enabled": false, "voice_enabled": false,
       "mobile_otp_enabled": true, "created_by": "api"}
      """;

  private final FakeTransport duo = new FakeTransport();
  private final Groups groups = new Groups(duo.client());

  @Test
  void get_readsTheGroupThroughV2() {
    duo.ok(GROUP);

    Group group = groups.get("DGXXXXXXXXXXXXXXXXXX");

    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v2/groups/DGXXXXXXXXXXXXXXXXXX");
    assertThat(group.status()).isEqualTo("bypass");
    assertThat(group.desc()).isNull();
    assertThat(group.mobileOtpEnabled()).isTrue();
  }

  @Test
  void list_pagesAtTheSaferDocumentedMaximum() {
    duo.ok("[" + GROUP + "]", "{\"next_offset\": null}");

    assertThat(groups.list().all()).extracting(Group::name).containsExactly("Contractors");
    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/groups");
    assertThat(duo.onlyRequest().params().first("limit")).hasValue("100");
  }

  @Test
  void createUpdateDelete_useV1WithDuosParameterNames() {
    duo.ok(GROUP).ok(GROUP).ok("\"\"");

    groups.create(
        GroupDetails.named("Contractors").withDesc("External").withStatus(GroupStatus.BYPASS));
    groups.update("DG1", new GroupDetails(null, null, GroupStatus.DISABLED));
    groups.delete("DG1");

    assertThat(duo.requests())
        .extracting(r -> r.method() + " " + r.path() + " " + r.params().asMap())
        .containsExactly(
            "POST /admin/v1/groups {name=[Contractors], desc=[External], status=[bypass]}",
            "POST /admin/v1/groups/DG1 {status=[disabled]}",
            "DELETE /admin/v1/groups/DG1 {}");
  }

  @Test
  void createAndUpdate_refuseIncompleteInput() {
    assertThatThrownBy(() -> groups.create(new GroupDetails(null, "d", null)))
        .hasMessageContaining("name");
    assertThatThrownBy(() -> groups.update("DG1", new GroupDetails(null, null, null)))
        .hasMessageContaining("at least one change");
  }

  @Test
  void members_pageThroughV2UsersAt500() {
    duo.ok(
            "[{\"user_id\": \"DU1\", \"username\": \"jdoe\"}]",
            "{\"next_offset\": 1, \"total_objects\": 2}")
        .ok("[{\"user_id\": \"DU2\", \"username\": \"asmith\"}]", "{\"total_objects\": 2}");

    List<UserSummary> members = groups.members("DG1").all();

    assertThat(members).extracting(UserSummary::username).containsExactly("jdoe", "asmith");
    assertThat(duo.requests().get(1).path()).isEqualTo("/admin/v2/groups/DG1/users");
    assertThat(duo.requests().get(1).params().asMap())
        .containsOnly(entry("limit", List.of("500")), entry("offset", List.of("1")));
  }
}
