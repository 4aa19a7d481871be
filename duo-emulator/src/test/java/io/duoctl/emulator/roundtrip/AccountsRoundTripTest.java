package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.accounts.AccountsApi;
import io.duoctl.client.accounts.ChildAccount;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.billing.Edition;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.record.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Accounts API and child billing through the emulator as an HTTP proxy, so every call goes to
 * the account's own {@code api-xxxxxxxx.duo.test} hostname (signing-auth-accounts.md §5).
 */
class AccountsRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account msp;
  private AccountsApi accounts;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.viaProxy(duo);
    msp = duo.givenParentAccount("Acme MSP");
    accounts = roundTrip.accounts(msp);
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void create_thenListAndFind_showTheChildWithItsOwnHostname() {
    ChildAccount created = accounts.create("Dental Co");

    assertThat(created.accountId()).matches("DA[A-Z0-9]{18}");
    assertThat(created.apiHostname()).matches("api-[0-9a-f]{8}\\.duo\\.test");
    assertThat(accounts.list()).containsExactly(created);
    assertThat(accounts.find(created.accountId())).contains(created);
    assertThat(duo.requests().toPath("/accounts/v1/account/list"))
        .extracting(RecordedRequest::host)
        .containsOnly(msp.apiHostname());
  }

  @Test
  void list_showsOnlyThisParentsChildren() {
    duo.givenChildAccount(duo.givenParentAccount("Other MSP"), "Not ours");
    Account ours = duo.givenChildAccount(msp, "Bakery");

    assertThat(accounts.list()).extracting(ChildAccount::accountId).containsExactly(ours.id());
  }

  @Test
  void delete_thenListNoLongerShowsIt_section5_1() {
    ChildAccount kept = accounts.create("Kept");
    ChildAccount gone = accounts.create("Gone");

    accounts.delete(gone.accountId());

    assertThat(accounts.list()).containsExactly(kept);
    assertThat(accounts.find(gone.accountId())).isEmpty();
  }

  @Test
  void delete_ofAnotherParentsChild_isNotFound_andLeavesItAlone() {
    Account theirs = duo.givenChildAccount(duo.givenParentAccount("Other MSP"), "Theirs");

    assertThatThrownBy(() -> accounts.delete(theirs.id())).isInstanceOf(DuoNotFoundException.class);
    assertThat(duo.world().account(theirs.id())).isPresent();
  }

  @Test
  void adminFor_callsTheChildsHostnameWithAccountId_section5_2() {
    ChildAccount child = accounts.create("Dental Co");
    AdminApi childAdmin = accounts.adminFor(child);

    String name = childAdmin.settings().get().name();

    assertThat(name).isEqualTo("Dental Co");
    RecordedRequest sent = duo.requests().toPath("/admin/v1/settings").get(0);
    assertThat(sent.host()).isEqualTo(child.apiHostname());
    assertThat(sent.query()).contains("account_id=" + child.accountId());
  }

  @Test
  void childAccount_onTheParentsHostname_withAccountId_reachesTheChild_section5_2() {
    ChildAccount child = accounts.create("Dental Co");
    DuoTarget parentHost =
        DuoTarget.childAccount(accounts.raw().target(), child.accountId(), msp.apiHostname());

    String name = roundTrip.client().admin(parentHost).settings().get().name();

    assertThat(name).isEqualTo("Dental Co");
    assertThat(duo.requests().toPath("/admin/v1/settings").get(0).host())
        .isEqualTo(msp.apiHostname());
  }

  @Test
  void setEdition_thenEditionReadsIt_section5_3() {
    AdminApi child = accounts.adminFor(accounts.create("Dental Co"));

    child.billing().setEdition(Edition.PLATFORM);
    String first = child.billing().edition();
    child.billing().setEdition(Edition.BEYOND);

    assertThat(first).isEqualTo("PLATFORM");
    assertThat(child.billing().edition()).isEqualTo("BEYOND");
  }

  @Test
  void setTelephonyCredits_setsTheChildsTotal_andTakesTheDifferenceFromTheParent_section5_3() {
    long parentBefore = msp.telephonyCredits();
    AdminApi child = accounts.adminFor(accounts.create("Dental Co"));

    child.billing().setTelephonyCredits(250);
    long afterFirst = child.billing().telephonyCredits();
    child.billing().setTelephonyCredits(100);

    assertThat(afterFirst).isEqualTo(250);
    assertThat(child.billing().telephonyCredits()).isEqualTo(100);
    assertThat(msp.telephonyCredits()).isEqualTo(parentBefore - 100);
  }

  @Test
  void setTelephonyCredits_beyondTheParentsBalance_isInvalidNamingCredits_andChangesNothing() {
    AdminApi child = accounts.adminFor(accounts.create("Dental Co"));
    long parentBefore = msp.telephonyCredits();

    assertThatThrownBy(() -> child.billing().setTelephonyCredits(parentBefore + 1))
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class,
            e -> assertThat(e.messageDetail()).contains("credits"));
    assertThat(child.billing().telephonyCredits()).isZero();
    assertThat(msp.telephonyCredits()).isEqualTo(parentBefore);
  }

  @Test
  void adminFor_aDeletedChild_isRefusedNamingAccountId() {
    ChildAccount child = accounts.create("Short-lived");
    AdminApi childAdmin = accounts.adminFor(child);
    accounts.delete(child.accountId());

    assertThatThrownBy(() -> childAdmin.billing().edition())
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class,
            e -> assertThat(e.messageDetail()).contains("account_id"));
  }
}
