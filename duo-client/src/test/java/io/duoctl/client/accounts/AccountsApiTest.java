package io.duoctl.client.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.fake.FakeTransport;
import io.duoctl.client.http.HttpMethod;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountsApiTest {

  private static final String CHILDREN =
      """
      [{"account_id": "DA9VZOC5X63I2W72NRP9", "name": "Acme Dental",
        "api_hostname": "api-acme1234.duosecurity.com", "billing_edition": "PLATFORM"},
       {"account_id": "DA012345678901234567", "name": "Globex", "api_hostname": null}]
      """;

  private final FakeTransport duo = new FakeTransport();
  private final AccountsApi accounts = new AccountsApi(duo.client());

  @Test
  void list_postsToAccountListAndReadsTheChildren() {
    duo.ok(CHILDREN);

    List<ChildAccount> children = accounts.list();

    assertThat(duo.onlyRequest().method()).isEqualTo(HttpMethod.POST);
    assertThat(duo.onlyRequest().path()).isEqualTo("/accounts/v1/account/list");
    assertThat(duo.onlyRequest().params().isEmpty()).isTrue();
    assertThat(children)
        .containsExactly(
            new ChildAccount("DA9VZOC5X63I2W72NRP9", "Acme Dental", "api-acme1234.duosecurity.com"),
            new ChildAccount("DA012345678901234567", "Globex", null));
  }

  @Test
  void createAndDelete_sendNameAndAccountId() {
    duo.ok(
            "{\"account_id\": \"DANEW000000000000001\", \"name\": \"Initech\","
                + " \"api_hostname\": \"api-init0001.duosecurity.com\"}")
        .ok("\"\"");

    ChildAccount created = accounts.create("Initech");
    accounts.delete(created.accountId());

    assertThat(duo.requests())
        .extracting(r -> r.method() + " " + r.path() + " " + r.params().asMap())
        .containsExactly(
            "POST /accounts/v1/account/create {name=[Initech]}",
            "POST /accounts/v1/account/delete {account_id=[DANEW000000000000001]}");
  }

  @Test
  void adminFor_usesTheParentsKeysTheChildsHostAndAccountIdOverTheSameTransport() {
    duo.ok("{\"user_count\": 12}");
    ChildAccount acme =
        new ChildAccount("DA9VZOC5X63I2W72NRP9", "Acme Dental", "api-acme1234.duosecurity.com");

    AdminApi admin = accounts.adminFor(acme);
    admin.info().summary();

    DuoTarget target = duo.sent().get(0).target();
    assertThat(target.host()).isEqualTo("api-acme1234.duosecurity.com");
    assertThat(target.integrationKey()).isEqualTo(FakeTransport.TARGET.integrationKey());
    assertThat(target.secretKey()).isEqualTo(FakeTransport.TARGET.secretKey());
    assertThat(target.accountId()).hasValue("DA9VZOC5X63I2W72NRP9");
    assertThat(admin.raw().target()).isEqualTo(target);
  }

  @Test
  void childAdminTarget_fallsBackToTheParentHostWhenDuoSentNone() {
    DuoTarget target =
        accounts.childAdminTarget(new ChildAccount("DA012345678901234567", "Globex", null));

    assertThat(target.host()).isEqualTo(FakeTransport.TARGET.host());
    assertThat(target.accountId()).isEqualTo(Optional.of("DA012345678901234567"));
  }

  @Test
  void find_picksTheChildById() {
    duo.ok(CHILDREN);

    assertThat(accounts.find("DA012345678901234567")).map(ChildAccount::name).hasValue("Globex");
    assertThat(duo.onlyRequest().path()).isEqualTo("/accounts/v1/account/list");
  }

  @Test
  void raw_isTheParentsApiClient() {
    assertThat(accounts.raw().target()).isEqualTo(FakeTransport.TARGET);
  }
}
