package io.duoctl.emulator.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MembershipTest {

  private final Membership membership = new Membership();

  @Test
  void links_areSeenFromBothSides_inAssociationOrder_once() {
    membership.addItem("P2");
    membership.addItem("P1");

    membership.link("P2", "U1");
    membership.link("P1", "U1");
    membership.link("P2", "U1");
    membership.link("P2", "U2");

    assertThat(membership.itemsOf("U1")).containsExactly("P2", "P1");
    assertThat(membership.usersOf("P2")).containsExactly("U1", "U2");
    assertThat(membership.linked("P1", "U2")).isFalse();
  }

  @Test
  void removingAnItemOrAUser_endsTheirLinksOnBothSides() {
    membership.addItem("P1");
    membership.addItem("P2");
    membership.link("P1", "U1");
    membership.link("P2", "U1");
    membership.link("P2", "U2");

    membership.removeItem("P1");
    membership.removeUser("U2");

    assertThat(membership.hasItem("P1")).isFalse();
    assertThat(membership.itemsOf("U1")).containsExactly("P2");
    assertThat(membership.usersOf("P2")).containsExactly("U1");
    assertThat(membership.itemsOf("U2")).isEmpty();
  }

  @Test
  void unlink_isIdempotent_andSaysWhetherTheyWereLinked() {
    membership.addItem("P1");
    membership.link("P1", "U1");

    assertThat(membership.unlink("P1", "U1")).isTrue();
    assertThat(membership.unlink("P1", "U1")).isFalse();
    assertThat(membership.unlink("P9", "U1")).isFalse();
    assertThat(membership.itemsOf("U1")).isEmpty();
  }
}
