package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.groups.Group;
import io.duoctl.client.admin.groups.GroupDetails;
import io.duoctl.client.admin.groups.GroupStatus;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.UserSummary;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.record.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Groups and membership through {@code admin.groups()} and {@code admin.users()} (§5.3, §6.4). */
class GroupsRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private AdminApi admin;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    admin = roundTrip.newAdminAccount("Acme Dental");
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void createGroup_thenGetAndList_returnIt() {
    Group created = admin.groups().create(GroupDetails.named("VPN Users").withDesc("remote staff"));

    assertThat(created.groupId()).matches("DG[A-Z0-9]{18}");
    assertThat(created.desc()).isEqualTo("remote staff");
    assertThat(created.status()).isEqualToIgnoringCase("active");
    assertThat(admin.groups().get(created.groupId())).isEqualTo(created);
    assertThat(admin.groups().list().all()).containsExactly(created);
  }

  @Test
  void updateGroup_thenGetShowsTheChange() {
    Group created = admin.groups().create(GroupDetails.named("VPN Users"));

    Group updated =
        admin
            .groups()
            .update(
                created.groupId(),
                new GroupDetails("Remote", "everyone remote", GroupStatus.BYPASS));

    Group read = admin.groups().get(created.groupId());
    assertThat(read).isEqualTo(updated);
    assertThat(read.name()).isEqualTo("Remote");
    assertThat(read.desc()).isEqualTo("everyone remote");
    assertThat(read.status()).isEqualToIgnoringCase("bypass");
  }

  @Test
  void deleteGroup_thenGetIsNotFound() {
    Group created = admin.groups().create(GroupDetails.named("VPN Users"));

    admin.groups().delete(created.groupId());

    assertThatThrownBy(() -> admin.groups().get(created.groupId()))
        .isInstanceOf(DuoNotFoundException.class);
    assertThat(admin.groups().list().all()).isEmpty();
  }

  @Test
  void addToGroup_showsInMembersAndUserGroups_andRemovingTwiceSucceeds_section7_2() {
    User user = admin.users().create(NewUser.of("jdoe"));
    Group group = admin.groups().create(GroupDetails.named("VPN Users"));

    admin.users().addToGroup(user.userId(), group.groupId());

    assertThat(admin.groups().members(group.groupId()).all())
        .extracting(UserSummary::userId, UserSummary::username)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(user.userId(), "jdoe"));
    assertThat(admin.users().groups(user.userId()).all())
        .extracting(Group::groupId)
        .containsExactly(group.groupId());

    admin.users().removeFromGroup(user.userId(), group.groupId());
    admin.users().removeFromGroup(user.userId(), group.groupId());

    assertThat(admin.groups().members(group.groupId()).all()).isEmpty();
    assertThat(admin.users().groups(user.userId()).all()).isEmpty();
    assertThat(
            duo.requests()
                .toPath("/admin/v1/users/" + user.userId() + "/groups/" + group.groupId()))
        .extracting(RecordedRequest::status)
        .containsExactly(200, 200);
  }

  @Test
  void list_walksMoreThanOnePage_section2_2() {
    for (int i = 0; i < 130; i++) {
      admin.groups().create(GroupDetails.named("Group " + i));
    }

    assertThat(admin.groups().list().all())
        .extracting(Group::name)
        .doesNotHaveDuplicates()
        .hasSize(130);
    assertThat(
            duo.requests().toPath("/admin/v1/groups").stream()
                .filter(r -> r.method().equals("GET")))
        .hasSize(2);
  }
}
