package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.api.ApiHarness.Reply;
import io.duoctl.core.access.ApiScope;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/audit: filters, paging, and the API actor. */
@Tag("slow")
class AuditRoutesTest {

  @RegisterExtension
  static final DuoEmulatorExtension duo =
      new DuoEmulatorExtension(b -> b.seed(14).rateLimits(RateLimits.duoDefaults()));

  @TempDir Path dataDir;
  ApiHarness api;
  String admin;
  String read;

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    admin = api.token("ops", ApiScope.ADMIN);
    read = api.token("dashboard", ApiScope.READ);
    api.saveConfiguration(admin, DuoKeys.givenMsp(duo.emulator(), "Audit MSP"));
    api.post("/api/v1/organizations", admin, "{\"name\": \"Acme\"}");
    api.post("/api/v1/organizations", admin, "{\"name\": \"Bolt\"}");
    api.patch("/api/v1/organizations/Acme", admin, "{\"add_tags\": [\"gold\"]}");
    api.patch("/api/v1/organizations/Acme", admin, "{\"name\": \"Acme Two\"}");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void audit_recordsTheApiActor_andFiltersByOrganizationAndAction() {
    Reply acme = api.get("/api/v1/audit?organization=Acme%20Two", read);

    assertThat(acme.status()).as(acme.text()).isEqualTo(200);
    assertThat(actions(acme)).containsExactly("renamed", "tagged", "created");
    assertThat(acme.json().path("entries").get(0).path("actor").asText()).isEqualTo("api:ops");
    Reply created = api.get("/api/v1/audit?action=created&subject=organization", read);
    assertThat(created.json().path("total").asInt()).isEqualTo(2);
    assertThat(api.get("/api/v1/audit?actor=cli:someone", read).json().path("total").asInt())
        .isZero();
  }

  @Test
  void audit_pagesNewestFirst_andFiltersByTime() {
    Reply all = api.get("/api/v1/audit", read);
    long total = all.json().path("total").asLong();

    Reply page = api.get("/api/v1/audit?limit=2&offset=1", read);

    assertThat(page.json().path("entries").size()).isEqualTo(2);
    assertThat(page.json().path("has_more").asBoolean()).isEqualTo(total > 3);
    assertThat(page.json().path("entries").get(0).path("id").asLong())
        .isEqualTo(all.json().path("entries").get(1).path("id").asLong());
    String future = Instant.now().plusSeconds(3600).toString();
    assertThat(api.get("/api/v1/audit?from=" + future, read).json().path("total").asInt()).isZero();
    assertThat(api.get("/api/v1/audit?to=" + future, read).json().path("total").asLong())
        .isEqualTo(total);
  }

  @Test
  void audit_badFilters_are400NamingTheParameter() {
    Reply limit = api.get("/api/v1/audit?limit=0", read);
    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.json().path("error").path("field").asText()).isEqualTo("limit");

    Reply from = api.get("/api/v1/audit?from=yesterday", read);
    assertThat(from.json().path("error").path("field").asText()).isEqualTo("from");

    Reply subject = api.get("/api/v1/audit?subject=planet", read);
    assertThat(subject.json().path("error").path("message").asText()).contains("organization");
  }

  private static List<String> actions(Reply reply) {
    List<String> actions = new ArrayList<>();
    reply.json().path("entries").forEach(e -> actions.add(e.path("action").asText()));
    return actions;
  }
}
