package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.app.cli.DuoctlCommand;
import io.duoctl.app.cli.Terminal;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.core.vocabulary.WireNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * One vocabulary: the command line, the REST API and the console take and show the same spelling of
 * every access mode and the same durations, on one duoctl (the CLI shares its data directory).
 */
@Tag("slow")
class VocabularyAcrossSurfacesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  ConsoleServer server;
  String cookie;
  String bearer;

  record Cli(int code, String out, String err) {}

  @BeforeEach
  void start() {
    server = new ConsoleServer(dataDir);
    server.saveConfiguration("default");
    cookie = server.signedIn("ops", ApiScope.ADMIN);
    bearer =
        "Bearer "
            + server
                .app
                .apiTokens()
                .create("ops", ApiScope.ADMIN, Optional.empty(), "t")
                .plaintext();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(AccessMode.class)
  void everyAccessMode_isTakenAndShownInOneSpelling_byCliRestAndConsole(AccessMode mode) {
    String wire = WireNames.of(mode);

    Cli added = cli("orgs", "add", "Via CLI", "--access-mode", wire);
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out()).contains("ACCESS_MODE").containsPattern("Via CLI\\s+\\S+\\s+" + wire);
    assertThat(restMode("Via%20CLI")).isEqualTo(wire);

    HttpResponse<String> created =
        rest(
            "POST",
            "/api/v1/organizations",
            "{\"name\": \"Via REST\", \"access_mode\": \"" + wire + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(json(created).path("access_mode").asText()).isEqualTo(wire);
    assertThat(cli("orgs", "list").out()).containsPattern("Via REST\\s+\\S+\\s+" + wire + "\\s");

    Organization viaConsole = organization("Via console", other(mode));
    String page = server.get("/console/organizations", "Cookie", cookie).body();
    assertThat(page)
        .contains("<option value=\"" + wire + "\"")
        .contains(
            "name=\"was_access_mode."
                + viaConsole.id()
                + "\" value=\""
                + WireNames.of(other(mode))
                + "\"");
    HttpResponse<String> saved = saveAccessMode(viaConsole, wire);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    assertThat(restMode("Via%20console")).isEqualTo(wire);

    String kebab = wire.replace('_', '-');
    assertThat(cli("orgs", "set-access-mode", "Via REST", kebab).code()).isZero();
    assertThat(restMode("Via%20REST")).isEqualTo(wire);
  }

  @Test
  void anUnknownAccessMode_isRefusedAlikeEverywhere_listingTheSameValues() {
    String accepted = "\"mine\" is not one of child_account, own_keys or parent";

    Cli cli = cli("orgs", "add", "Nope", "--access-mode", "mine");
    assertThat(cli.code()).isEqualTo(2);
    assertThat(cli.err()).contains("--access-mode").contains(accepted);

    HttpResponse<String> rest =
        rest("POST", "/api/v1/organizations", "{\"name\": \"Nope\", \"access_mode\": \"mine\"}");
    assertThat(rest.statusCode()).isEqualTo(400);
    JsonNode field = json(rest).path("error").path("fields").get(0);
    assertThat(field.path("field").asText()).isEqualTo("access_mode");
    assertThat(field.path("message").asText()).isEqualTo(accepted);

    Organization org = organization("Console Co", AccessMode.CHILD_ACCOUNT);
    HttpResponse<String> console = saveAccessMode(org, "mine");
    assertThat(console.body()).contains(accepted);
    assertThat(restMode("Console%20Co")).isEqualTo("child_account");
  }

  @ParameterizedTest
  @ValueSource(strings = {"90s", "15m", "24h", "7d", "2w"})
  void everyDuration_isReadAlikeByCliRestAndConsole(String duration) {
    Cli since = cli("audit", "list", "--since", duration);
    assertThat(since.code()).as(since.err()).isZero();
    Cli token = cli("tokens", "create", "cli-" + duration, "--expires-in", duration);
    assertThat(token.code()).as(token.err()).isZero();

    HttpResponse<String> rest =
        rest(
            "POST",
            "/api/v1/tokens",
            "{\"name\": \"rest-"
                + duration
                + "\", \"scope\": \"read\", \"expires_in\": \""
                + duration
                + "\"}");
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(201);

    HttpResponse<String> console =
        server.postForm(
            "/console/tokens",
            "name=console-" + duration + "&scope=read&expires_in=" + duration + "&_csrf=" + csrf(),
            "Cookie",
            cookie);
    assertThat(console.statusCode()).as(console.body()).isEqualTo(200);
    assertThat(server.app.apiTokens().list())
        .filteredOn(t -> t.name().endsWith("-" + duration))
        .hasSize(3)
        .allSatisfy(t -> assertThat(t.expiresAt()).isPresent());
  }

  private static AccessMode other(AccessMode mode) {
    return mode == AccessMode.OWN_KEYS ? AccessMode.PARENT : AccessMode.OWN_KEYS;
  }

  private Organization organization(String name, AccessMode mode) {
    return server
        .app
        .organizations()
        .create(new NewOrganization("default", name, null, Set.of(), Map.of(), mode), "t");
  }

  private HttpResponse<String> saveAccessMode(Organization org, String mode) {
    String id = org.id();
    return server.postForm(
        "/console/organizations/save",
        "org="
            + id
            + "&was_duo_account_id."
            + id
            + "=&duo_account_id."
            + id
            + "=&was_access_mode."
            + id
            + "="
            + WireNames.of(org.accessMode())
            + "&access_mode."
            + id
            + "="
            + URLEncoder.encode(mode, StandardCharsets.UTF_8)
            + "&_csrf="
            + csrf(),
        "Cookie",
        cookie);
  }

  private String csrf() {
    return server.csrfTokenOf(cookie);
  }

  private String restMode(String org) {
    HttpResponse<String> reply = rest("GET", "/api/v1/organizations/" + org, null);
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    return json(reply).path("access_mode").asText();
  }

  private HttpResponse<String> rest(String method, String path, String body) {
    return server.json(method, path, body, "Authorization", bearer);
  }

  private static JsonNode json(HttpResponse<String> reply) {
    try {
      return JSON.readTree(reply.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Cli cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        DuoctlCommand.commandLine(
            new DuoctlCommand(
                new AppConfig(dataDir, null, null, null, null, "cli:tester"),
                new Terminal(new ByteArrayInputStream(new byte[0]), null),
                c ->
                    Duoctl.start(
                        c, Clock.systemUTC(), new DuoClientFactory(Clock.systemUTC(), d -> {}))));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Cli(cli.execute(args), out.toString(), err.toString());
  }
}
