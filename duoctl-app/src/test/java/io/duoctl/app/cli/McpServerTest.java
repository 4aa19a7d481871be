package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.Duoctl;
import io.duoctl.app.Main;
import io.duoctl.app.web.WebServer;
import io.duoctl.app.web.WebServerOptions;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MCP server end to end with the SDK's own client, against the emulator: {@code duoctl mcp} as
 * a process over stdio, and {@code /mcp} of a real web server over streamable HTTP.
 */
class McpServerTest {
  @RegisterExtension
  static final DuoEmulatorExtension duo = new DuoEmulatorExtension(b -> b.seed(16));

  private static final McpSchema.Implementation CLIENT =
      McpSchema.Implementation.builder("duoctl-test", "1.0").build();

  @TempDir Path dataDir;
  CliHarness cli;

  @BeforeEach
  void setUp() {
    cli = new CliHarness(dataDir);
    CliMsp msp = new CliMsp(duo.emulator(), cli, "Acme", "Globex");
    msp.createUser("Acme", "jdoe");
  }

  @Test
  void overStdio_aReadSession_runsReadsEverywhere_refusesChangesAndSecrets_andIsAudited() {
    List<String> command =
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "mcp",
            "--data",
            dataDir.toString());
    ServerParameters server =
        ServerParameters.builder(ProcessHandle.current().info().command().orElseThrow())
            .args(command)
            .build();
    try (McpSyncClient client =
        connect(new StdioClientTransport(server, new JacksonMcpJsonMapper(new ObjectMapper())))) {
      readSession(client);
    }
    awaitChildProcessesGone();

    assertThat(cli.ok("audit", "list", "--subject", "mcp", "-o", "json").out())
        .contains("mcp:duoctl-test/1.0 via cli:", "users_list", "users_update");
  }

  @Test
  void overHttp_aReadToken_runsReadsEverywhere_refusesChangesAndSecrets_andIsAudited() {
    try (Duoctl app = CliHarness.start(cli.config());
        WebServer web = WebServer.forDuoctl(app, WebServerOptions.defaults().withPort(0))) {
      String token = app.apiTokens().create("assistant", "read", null, "cli:tester").plaintext();
      try (McpSyncClient client = connect(http(web, token))) {
        readSession(client);
      }

      List<AuditEntry> calls =
          app.audit().find(AuditQuery.all().withSubject(AuditSubject.MCP, null)).entries();
      assertThat(calls)
          .extracting(AuditEntry::actor)
          .contains("mcp:duoctl-test/1.0 via api:assistant");
    }
  }

  @Test
  void overHttp_aRunToken_seesChanges_butADestructiveOneOverTwoOrganizationsNeedsConfirm() {
    try (Duoctl app = CliHarness.start(cli.config());
        WebServer web = WebServer.forDuoctl(app, WebServerOptions.defaults().withPort(0))) {
      String token = app.apiTokens().create("operator", "run", null, "cli:tester").plaintext();
      try (McpSyncClient client = connect(http(web, token))) {
        assertThat(client.listTools().tools())
            .extracting(McpSchema.Tool::name)
            .contains("users_update", "users_delete")
            .doesNotContain("bypass_codes_create");

        McpSchema.CallToolResult delete =
            client.callTool(
                request(
                    "users_delete",
                    Map.of("all_organizations", true, "input", Map.of("user", "jdoe"))));

        assertThat(delete.isError()).isTrue();
        assertThat(text(delete)).contains("is destructive and would run for 2 organizations");
        assertThat(text(delete)).contains("confirm");
      }
    }
  }

  @Test
  void overHttp_withoutAValidToken_isRefused401() throws Exception {
    try (Duoctl app = CliHarness.start(cli.config());
        WebServer web = WebServer.forDuoctl(app, WebServerOptions.defaults().withPort(0))) {
      HttpResponse<String> refused =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(web.baseUri() + "/mcp"))
                      .header("Authorization", "Bearer duoctl_wrong")
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("\"code\":\"unauthorized\"", "duoctl tokens create");
    }
  }

  private static void readSession(McpSyncClient client) {
    assertThat(client.listTools().tools())
        .extracting(McpSchema.Tool::name)
        .contains("users_list", "info_summary", "report_mfa_coverage", "report_users_in_bypass")
        .doesNotContain("users_update", "users_delete", "bypass_codes_create", "raw_admin");

    McpSchema.CallToolResult coverage =
        client.callTool(request("report_mfa_coverage", Map.of("all_organizations", true)));
    assertThat(coverage.isError()).as(text(coverage)).isFalse();
    assertThat(text(coverage))
        .contains("\"report\":\"mfa_coverage\"")
        .contains("\"organization\":\"Acme\"", "\"organization\":\"Globex\"")
        .contains("\"ok\":true")
        .doesNotContain("\"ok\":false");

    McpSchema.CallToolResult everywhere =
        client.callTool(request("users_list", Map.of("all_organizations", true)));
    assertThat(everywhere.isError()).as(text(everywhere)).isFalse();
    assertThat(text(everywhere))
        .contains("\"organization\":\"Acme\"", "\"organization\":\"Globex\"");
    assertThat(text(everywhere)).contains("jdoe").contains("\"state\":\"succeeded\"");

    McpSchema.CallToolResult change =
        client.callTool(
            request(
                "users_update",
                Map.of("organizations", List.of("Acme"), "input", Map.of("user", "jdoe"))));
    assertThat(change.isError()).isTrue();
    assertThat(text(change)).contains("users.update changes state at Duo and needs the run scope");

    assertThatThrownBy(
            () ->
                client.callTool(
                    request(
                        "bypass_codes_create",
                        Map.of("organizations", List.of("Acme"), "input", Map.of("user", "jdoe")))))
        .hasMessageContaining("Unknown tool");

    assertThat(resource(client, "duoctl://organizations")).contains("Acme", "Globex");
    assertThat(resource(client, "duoctl://reports/trends"))
        .contains("\"overall\"", "\"organizations\"");

    McpSchema.CallToolResult invalid = client.callTool(request("users_list", Map.of("tag", 7)));
    assertThat(invalid.isError()).isTrue();
    assertThat(text(invalid)).contains("tag").doesNotContain("Exception", "at io.");
  }

  /**
   * Waits until the {@code duoctl mcp} process the client started has exited: while it lives it
   * serves the embedded database to other processes, and a command that opens it just as it exits
   * loses its connection.
   */
  private static void awaitChildProcessesGone() {
    ProcessHandle.current()
        .children()
        .forEach(child -> child.onExit().orTimeout(30, TimeUnit.SECONDS).join());
  }

  private static String resource(McpSyncClient client, String uri) {
    return client
        .readResource(McpSchema.ReadResourceRequest.builder(uri).build())
        .contents()
        .stream()
        .map(c -> ((McpSchema.TextResourceContents) c).text())
        .reduce("", String::concat);
  }

  private static McpSyncClient connect(McpClientTransport transport) {
    McpSyncClient client =
        McpClient.sync(transport)
            .clientInfo(CLIENT)
            .requestTimeout(Duration.ofSeconds(90))
            .initializationTimeout(Duration.ofSeconds(90))
            .build();
    client.initialize();
    return client;
  }

  private static HttpClientStreamableHttpTransport http(WebServer web, String token) {
    return HttpClientStreamableHttpTransport.builder(web.baseUri().toString())
        .endpoint("/mcp")
        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
        .build();
  }

  private static McpSchema.CallToolRequest request(String tool, Map<String, Object> arguments) {
    return new McpSchema.CallToolRequest(tool, arguments, null);
  }

  private static String text(McpSchema.CallToolResult result) {
    return result.content().stream()
        .map(c -> c instanceof McpSchema.TextContent t ? t.text() : "")
        .reduce("", String::concat);
  }
}
