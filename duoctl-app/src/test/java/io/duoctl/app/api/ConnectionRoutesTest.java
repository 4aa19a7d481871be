package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.api.ApiHarness.Reply;
import io.duoctl.core.access.ApiScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /api/v1/connections over real HTTP: an admin stores connections, a read token sees them, and no
 * answer ever holds a header value.
 */
class ConnectionRoutesTest {
  private static final String BASIC = "Basic bm9ydGh3aW5kK3B1YmxpYzpwcml2YXRlLWtleS12YWx1ZQ==";
  private static final String CLIENT_ID = "3f6c2b1e-client-id-0000-4a1b2c3d4e5f";
  private static final String CREATE =
      """
      {"name": "connectwise",
       "base_url": "https://api-na.myconnectwise.net/v4_6_release/apis/3.0",
       "description": "Northwind's tickets",
       "headers": {"Authorization": "%s", "clientId": "%s"}}
      """
          .formatted(BASIC, CLIENT_ID);

  @TempDir Path dataDir;
  ApiHarness api;
  String admin;
  String read;
  String run;

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    admin = api.token("ops", ApiScope.ADMIN);
    read = api.token("dashboard", ApiScope.READ);
    run = api.token("n8n", ApiScope.RUN);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void create_answersWithTheHeaderNames_andNoAnswerEverHoldsAValue() {
    Reply created = api.post("/api/v1/connections", admin, CREATE);

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().path("name").asText()).isEqualTo("connectwise");
    assertThat(created.json().path("base_url").asText())
        .isEqualTo("https://api-na.myconnectwise.net/v4_6_release/apis/3.0");
    assertThat(created.json().path("header_names").toString())
        .isEqualTo("[\"Authorization\",\"clientId\"]");
    assertThat(created.json().path("created_by").asText()).isEqualTo("api:ops");
    Reply list = api.get("/api/v1/connections", read);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json()).hasSize(1);
    Reply one = api.get("/api/v1/connections/connectwise", read);
    assertThat(one.json().path("description").asText()).isEqualTo("Northwind's tickets");
    assertThat(api.get("/api/v1/audit?subject=connection", admin).text())
        .contains("headers.Authorization");
    assertThat(api.everyReply()).doesNotContain(BASIC, CLIENT_ID, "bm9ydGh3aW5k");
    assertThat(api.duoctl.connections().get("connectwise").headerNames())
        .containsExactly("Authorization", "clientId");
  }

  @Test
  void replaceHeaders_andDelete_workForAnAdmin_and404NamesAnUnknownOne() {
    api.post("/api/v1/connections", admin, CREATE);

    Reply replaced =
        api.put(
            "/api/v1/connections/connectwise/headers",
            admin,
            "{\"headers\": {\"Authorization\": \"Basic bmV3\"}}");
    Reply deleted = api.delete("/api/v1/connections/connectwise", admin);
    Reply missing = api.get("/api/v1/connections/connectwise", read);

    assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
    assertThat(replaced.json().path("header_names").toString()).isEqualTo("[\"Authorization\"]");
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("not_found");
    assertThat(missing.text()).contains("connectwise");
    assertThat(api.everyReply()).doesNotContain("Basic bmV3", BASIC);
  }

  @Test
  void badInput_is400NamingEachField_withoutTheValues_andATakenNameIs409() {
    Reply bad =
        api.post(
            "/api/v1/connections",
            admin,
            """
            {"name": "Connect Wise", "base_url": "http://psa.example.com",
             "headers": {"Host": "x", "Authorization": "Basic on\\ntwo-lines", "X-Empty": ""}}
            """);

    assertThat(bad.status()).as(bad.text()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("invalid_input");
    List<String> fields = new ArrayList<>();
    bad.json().path("error").path("fields").forEach(f -> fields.add(f.path("field").asText()));
    assertThat(fields)
        .containsExactly("name", "base_url", "headers", "headers.Authorization", "headers.X-Empty");
    assertThat(bad.text()).doesNotContain("two-lines");
    assertThat(api.post("/api/v1/connections", admin, CREATE).status()).isEqualTo(201);
    Reply taken = api.post("/api/v1/connections", admin, CREATE);
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.code()).isEqualTo("conflict");
    Reply masked =
        api.put(
            "/api/v1/connections/connectwise/headers",
            admin,
            "{\"headers\": {\"Authorization\": \"••••4e5f\"}}");
    assertThat(masked.status()).isEqualTo(400);
    assertThat(masked.json().path("error").path("field").asText())
        .isEqualTo("headers.Authorization");
  }

  @Test
  void readAndRunTokens_mayLookButNotChange() {
    api.post("/api/v1/connections", admin, CREATE);

    for (String token : List.of(read, run)) {
      assertThat(api.get("/api/v1/connections", token).status()).isEqualTo(200);
      assertThat(api.get("/api/v1/connections/connectwise", token).status()).isEqualTo(200);
      assertThat(
              api.post("/api/v1/connections", token, CREATE.replace("connectwise", "other"))
                  .status())
          .isEqualTo(403);
      assertThat(
              api.put("/api/v1/connections/connectwise/headers", token, "{\"headers\": {}}")
                  .status())
          .isEqualTo(403);
      assertThat(api.delete("/api/v1/connections/connectwise", token).status()).isEqualTo(403);
    }
    assertThat(api.duoctl.connections().list()).hasSize(1);
    assertThat(api.duoctl.connections().get("connectwise").headerNames()).hasSize(2);
  }
}
