package io.duoctl.client.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.fake.FakeTransport;
import io.duoctl.client.http.DuoRequest;
import org.junit.jupiter.api.Test;

class AdminApiTest {

  private final FakeTransport duo = new FakeTransport();
  private final AdminApi admin = new AdminApi(duo.client());

  @Test
  void creating_sendsNothing() {
    admin.users();
    admin.logs();

    assertThat(duo.requests()).isEmpty();
  }

  @Test
  void raw_reachesEndpointsTheTypedResourcesDoNotCover() {
    duo.ok("[{\"policy_key\": \"POSTGHRH6SDQ0IIJ62EE\", \"policy_name\": \"Global Policy\"}]");

    JsonNode policies = admin.raw().call(DuoRequest.get("/admin/v2/policies"));

    assertThat(policies.get(0).path("policy_name").asText()).isEqualTo("Global Policy");
    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v2/policies");
  }

  @Test
  void resources_shareTheOneTarget() {
    duo.ok("{\"user_count\": 1}").ok("[]");

    admin.info().summary();
    admin.users().findByUsername("jdoe");

    assertThat(duo.sent())
        .extracting(FakeTransport.Sent::target)
        .containsOnly(FakeTransport.TARGET);
  }
}
