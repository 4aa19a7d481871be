package io.duoctl.client.admin.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.duoctl.client.DuoTarget;
import io.duoctl.client.fake.FakeTransport;
import io.duoctl.client.http.ApiClient;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingTest {

  private final FakeTransport duo = new FakeTransport();
  private final DuoTarget child =
      DuoTarget.childAccount(
          FakeTransport.TARGET, "DA012345678901234567", "api-child123.duosecurity.com");
  private final Billing billing = new Billing(new ApiClient(duo, child));

  @Test
  void editionAndCredits_areReadFromTheChildTarget() {
    duo.ok("{\"edition\": \"PLATFORM\"}").ok("{\"credits\": 250}");

    assertThat(billing.edition()).isEqualTo("PLATFORM");
    assertThat(billing.telephonyCredits()).isEqualTo(250);
    assertThat(duo.sent()).allSatisfy(s -> assertThat(s.target()).isEqualTo(child));
    assertThat(duo.requests())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly(
            "GET /admin/v1/billing/edition", "GET /admin/v1/billing/telephony_credits");
  }

  @Test
  void setters_postTheNewValues() {
    duo.ok("\"\"").ok("\"\"");

    billing.setEdition(Edition.BEYOND);
    billing.setTelephonyCredits(10);

    assertThat(duo.requests().get(0).params().asMap())
        .containsExactly(entry("edition", List.of("BEYOND")));
    assertThat(duo.requests().get(1).params().asMap())
        .containsExactly(entry("credits", List.of("10")));
  }

  @Test
  void billing_refusesAnAccountThatIsNotAChildBeforeSendingAnything() {
    Billing parent = new Billing(duo.client());

    assertThatThrownBy(parent::edition)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("child account");
    assertThat(duo.requests()).isEmpty();
  }

  @Test
  void setTelephonyCredits_rejectsNegativeCredits() {
    assertThatThrownBy(() -> billing.setTelephonyCredits(-1)).hasMessageContaining("credits");
  }
}
