package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiHarness.Reply;
import io.duoctl.app.web.WebModule;
import io.duoctl.app.web.WebModules;
import io.duoctl.app.web.WebServerOptions;
import io.duoctl.core.access.ApiScope;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The route DSL, authentication and the error model over real HTTP, on two test routes. */
@Tag("slow")
class ApiModuleTest {
  /** The body of the test route. */
  record Echo(String name, Integer count, List<String> tags) {}

  @TempDir Path dataDir;
  ApiHarness api;
  String admin;
  String read;

  @BeforeEach
  void start() {
    api =
        new ApiHarness(
            dataDir, WebServerOptions.defaults().withMaxRequestBytes(1024), ApiModuleTest::modules);
    admin = api.token("admin-token", ApiScope.ADMIN);
    read = api.token("read-token", ApiScope.READ);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  static List<WebModule> modules(Duoctl duoctl) {
    ApiRoutes routes = new ApiRoutes();
    routes.add(
        ApiRoute.get("/api/v1/whoami", ApiScope.READ)
            .operationId("whoami")
            .summary("Who is calling")
            .response(JsonSchemas.object().required("actor", JsonSchemas.string()).build())
            .handle(call -> java.util.Map.of("actor", call.actor())));
    routes.add(
        ApiRoute.post("/api/v1/echo/{id}", ApiScope.ADMIN)
            .operationId("echo")
            .summary("Echoes the body")
            .pathParam("id", "Anything")
            .body(
                JsonSchemas.object()
                    .required("name", JsonSchemas.string())
                    .optional("count", JsonSchemas.integer("How many"))
                    .optional("tags", JsonSchemas.array(JsonSchemas.string()))
                    .closed())
            .response(201, JsonSchemas.anyObject("The body"))
            .handle(call -> call.body(Echo.class)));
    routes.add(
        ApiRoute.get("/api/v1/boom", ApiScope.READ)
            .operationId("boom")
            .summary("Fails unexpectedly")
            .response(JsonSchemas.anyObject("never"))
            .handle(
                call -> {
                  throw new IllegalStateException("connection to db:5432 as admin/hunter2 failed");
                }));
    WebModule consoleLike =
        config ->
            config.routes.exception(
                Exception.class, (e, ctx) -> ctx.status(500).result("console error page"));
    return List.of(
        new ApiModule(
            routes,
            duoctl.apiTokens()::authenticate,
            duoctl.database()::answers,
            duoctl.readiness()::check,
            duoctl.metrics()::scrape,
            duoctl.duoCallTimes(),
            WebModules.jsonMapper(),
            1024),
        consoleLike);
  }

  @Test
  void health_answersOkWithoutToken() {
    Reply reply = api.get("/health", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("status").asText()).isEqualTo("ok");
  }

  @Test
  void health_answers503WhenTheDatabaseIsDown() {
    api.duoctl.database().close();

    Reply reply = api.get("/health", null);

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().path("checks").path("database").asText()).isEqualTo("unavailable");
  }

  @Test
  void route_withoutToken_is401WithBearerChallenge() {
    Reply reply = api.get("/api/v1/whoami", null);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("unauthorized");
    assertThat(reply.wwwAuthenticate()).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
  }

  @Test
  void route_withUnknownToken_is401InvalidToken() {
    Reply reply = api.get("/api/v1/whoami", "duoctl_notatokenatall");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.wwwAuthenticate())
        .hasValueSatisfying(h -> assertThat(h).contains("invalid_token"));
  }

  @Test
  void unknownRoute_withoutToken_is401_andWithToken_is404() {
    assertThat(api.get("/api/v1/nothing-here", null).status()).isEqualTo(401);

    Reply reply = api.get("/api/v1/nothing-here", read);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.code()).isEqualTo("not_found");
  }

  @Test
  void route_actsAsApiTokenName() {
    Reply reply = api.get("/api/v1/whoami", read);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("actor").asText()).isEqualTo("api:read-token");
  }

  @Test
  void adminRoute_withReadToken_is403NamingTheScope() {
    Reply reply = api.post("/api/v1/echo/1", read, "{\"name\":\"x\"}");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.code()).isEqualTo("forbidden");
    assertThat(reply.json().path("error").path("message").asText()).contains("admin");
  }

  @Test
  void body_isReadIntoTheRecord_withTheRoutesStatus() {
    Reply reply = api.post("/api/v1/echo/1", admin, "{\"name\":\"x\",\"count\":2}");

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().path("name").asText()).isEqualTo("x");
    assertThat(reply.json().path("count").asInt()).isEqualTo(2);
  }

  @Test
  void unknownField_is400NamingItAndTheAllowedOnes() {
    Reply reply = api.post("/api/v1/echo/1", admin, "{\"name\":\"x\",\"colour\":\"red\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("unknown_field");
    assertThat(reply.json().path("error").path("field").asText()).isEqualTo("colour");
    assertThat(reply.json().path("error").path("message").asText())
        .contains("colour")
        .contains("count, name, tags");
  }

  @Test
  void malformedJson_is400MalformedJson() {
    Reply reply = api.post("/api/v1/echo/1", admin, "{\"name\":");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("malformed_json");
  }

  @Test
  void wrongType_is400NamingTheField() {
    Reply reply = api.post("/api/v1/echo/1", admin, "{\"name\":\"x\",\"tags\":\"one\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_input");
    assertThat(reply.json().path("error").path("fields").get(0).path("field").asText())
        .isEqualTo("tags");
  }

  @Test
  void bodyOverTheLimit_is413() {
    Reply reply = api.post("/api/v1/echo/1", admin, "{\"name\":\"" + "x".repeat(2000) + "\"}");

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.code()).isEqualTo("body_too_large");
  }

  @Test
  void nonJsonBody_is415() {
    Reply reply = api.send("POST", "/api/v1/echo/1", admin, "name=x", "text/plain");

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.code()).isEqualTo("unsupported_media_type");
  }

  @Test
  void wrongMethod_is405() {
    Reply reply = api.delete("/api/v1/whoami", admin);

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.code()).isEqualTo("method_not_allowed");
  }

  @Test
  void unexpectedFailure_is500Internal_withoutTheExceptionText_despiteAnotherModulesHandler() {
    Reply reply = api.get("/api/v1/boom", read);

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.code()).isEqualTo("internal");
    assertThat(reply.text()).doesNotContain("hunter2").doesNotContain("db:5432");
  }

  @Test
  void routes_rejectADuplicateOperationId() {
    ApiRoutes routes = new ApiRoutes();
    ApiRoute first =
        ApiRoute.get("/api/v1/a", ApiScope.READ)
            .operationId("same")
            .response(JsonSchemas.anyObject("x"))
            .handle(call -> "a");
    routes.add(first);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                routes.add(
                    ApiRoute.get("/api/v1/b", ApiScope.READ)
                        .operationId("same")
                        .response(JsonSchemas.anyObject("x"))
                        .handle(call -> "b")))
        .hasMessageContaining("same");
  }
}
