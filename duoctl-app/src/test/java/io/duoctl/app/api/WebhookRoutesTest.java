package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.ApiHarness.Reply;
import io.duoctl.core.access.ApiScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/v1/webhooks over real HTTP: an admin registers, shows, rotates, disables and removes. */
@Tag("slow")
class WebhookRoutesTest {
  @TempDir Path dataDir;
  ApiHarness api;
  String admin;

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    admin = api.token("ops", ApiScope.ADMIN);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  Reply create(String body) {
    return api.post("/api/v1/webhooks", admin, body);
  }

  @Test
  void create_answers201WithTheSecretAndTheDeliveryPath_andShowNeverHasTheSecret() {
    Reply created =
        create(
            "{\"name\": \"halo\", \"workflow\": \"offboard-everywhere\","
                + " \"mapping\": \"{'user': payload.ticket.user}\"}");

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonNode hook = created.json();
    assertThat(hook.path("secret").asText()).matches("duoctl_whsec_[A-Za-z0-9_-]{43}");
    assertThat(hook.path("delivery_path").asText()).isEqualTo("/api/v1/webhooks/halo/deliveries");
    assertThat(hook.path("enabled").asBoolean()).isTrue();
    assertThat(hook.path("confirmed").asBoolean()).isFalse();
    assertThat(hook.path("created_by").asText()).isEqualTo("api:ops");
    assertThat(hook.has("configuration")).isFalse();

    Reply shown = api.get("/api/v1/webhooks/halo", admin);
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.json().path("mapping").asText()).isEqualTo("{'user': payload.ticket.user}");
    assertThat(shown.json().has("secret")).isFalse();
    Reply list = api.get("/api/v1/webhooks", admin);
    assertThat(list.json()).hasSize(1);
    assertThat(list.text()).doesNotContain(hook.path("secret").asText());
  }

  @Test
  void create_withASample_storesItsMapping() {
    Reply created =
        create(
            "{\"name\": \"autotask\", \"workflow\": \"offboard-everywhere\","
                + " \"sample\": \"autotask\", \"confirmed\": true}");

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().path("mapping").asText()).contains("payload.EntityType == 'Ticket'");
    assertThat(created.json().path("confirmed").asBoolean()).isTrue();
  }

  @Test
  void create_badFields_are400NamingEachOne_andNothingIsStored() {
    Reply bad =
        create(
            "{\"name\": \"Has Space\", \"workflow\": \"nope\", \"mapping\": \"{'user': \","
                + " \"configuration\": \"eu\"}");
    Reply both =
        create(
            "{\"name\": \"a\", \"workflow\": \"offboard-everywhere\", \"mapping\": \"{}\","
                + " \"sample\": \"halopsa\"}");
    Reply neither = create("{\"name\": \"a\", \"workflow\": \"offboard-everywhere\"}");
    Reply unknownSample =
        create("{\"name\": \"a\", \"workflow\": \"offboard-everywhere\", \"sample\": \"zendesk\"}");

    assertThat(bad.status()).as(bad.text()).isEqualTo(400);
    assertThat(fields(bad)).containsExactly("name", "workflow", "mapping", "configuration");
    assertThat(both.status()).isEqualTo(400);
    assertThat(fields(both)).containsExactly("mapping");
    assertThat(neither.status()).isEqualTo(400);
    assertThat(neither.text()).contains("connectwise, halopsa, autotask");
    assertThat(fields(unknownSample)).containsExactly("sample");
    assertThat(api.get("/api/v1/webhooks", admin).json()).isEmpty();
  }

  @Test
  void rotateDisableEnableAndDelete_changeIt_andAnUnknownOneIs404() {
    String first = create(sample("psa")).json().path("secret").asText();

    Reply rotated = api.post("/api/v1/webhooks/psa/rotate-secret", admin, null);
    assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
    assertThat(rotated.json().path("secret").asText())
        .startsWith("duoctl_whsec_")
        .isNotEqualTo(first);
    assertThat(
            api.post("/api/v1/webhooks/psa/disable", admin, null)
                .json()
                .path("enabled")
                .asBoolean())
        .isFalse();
    assertThat(api.get("/api/v1/webhooks/psa", admin).json().path("enabled").asBoolean()).isFalse();
    assertThat(
            api.post("/api/v1/webhooks/psa/enable", admin, null).json().path("enabled").asBoolean())
        .isTrue();
    Reply deleted = api.delete("/api/v1/webhooks/psa", admin);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.json().path("name").asText()).isEqualTo("psa");

    Reply missing = api.get("/api/v1/webhooks/psa", admin);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("not_found");
    assertThat(api.post("/api/v1/webhooks/psa/rotate-secret", admin, null).status()).isEqualTo(404);
  }

  @Test
  void everyAdminRoute_refusesARunOrReadToken() {
    create(sample("psa"));
    for (ApiScope scope : List.of(ApiScope.READ, ApiScope.RUN)) {
      String token = api.token("t-" + scope.wireName(), scope);
      assertThat(api.get("/api/v1/webhooks", token).status()).isEqualTo(403);
      assertThat(api.get("/api/v1/webhooks/psa", token).status()).isEqualTo(403);
      assertThat(api.post("/api/v1/webhooks", token, sample("other")).status()).isEqualTo(403);
      assertThat(api.post("/api/v1/webhooks/psa/rotate-secret", token, null).status())
          .isEqualTo(403);
      assertThat(api.delete("/api/v1/webhooks/psa", token).status()).isEqualTo(403);
    }
    assertThat(api.get("/api/v1/webhooks", admin).json()).hasSize(1);
  }

  private static String sample(String name) {
    return "{\"name\": \""
        + name
        + "\", \"workflow\": \"offboard-everywhere\", \"sample\": \"connectwise\"}";
  }

  private static List<String> fields(Reply reply) {
    List<String> fields = new ArrayList<>();
    reply.json().path("error").path("fields").forEach(f -> fields.add(f.path("field").asText()));
    return fields;
  }
}
