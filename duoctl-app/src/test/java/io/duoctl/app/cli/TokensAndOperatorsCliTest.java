package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.Duoctl;
import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.access.SignInFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duoctl tokens} and {@code duoctl operators}, in-process on an H2 data directory. */
@Tag("slow")
class TokensAndOperatorsCliTest {
  static final Pattern TOKEN = Pattern.compile("duoctl_[A-Za-z0-9_-]{43}");
  static final String PASSWORD = "correct horse battery staple";

  @TempDir Path dataDir;
  CliHarness cli;

  @BeforeEach
  void harness() {
    cli = new CliHarness(dataDir);
  }

  Duoctl app() {
    return CliHarness.start(cli.config());
  }

  static String tokenIn(String text) {
    Matcher m = TOKEN.matcher(text);
    assertThat(m.find()).as("a token in: %s", text).isTrue();
    return m.group();
  }

  @Test
  void tokensCreate_printsTheTokenOnce_withAWarning_andListNeverShowsIt() {
    Result created =
        cli.run("tokens", "create", "n8n-prod", "--scope", "run", "--expires-in", "90d");

    assertThat(created.code()).isZero();
    assertThat(created.out())
        .contains("Created API token \"n8n-prod\" with scope run, expiring ")
        .contains("it will not be shown again");
    String token = tokenIn(created.out());

    Result list = cli.run("tokens", "list");
    assertThat(list.code()).isZero();
    assertThat(list.out())
        .contains("n8n-prod", "run", "active", token.substring(0, 15), "cli:tester")
        .doesNotContain(token);
    assertThat(cli.allOutput().split(Pattern.quote(token), -1)).hasSize(2);
    try (Duoctl app = app()) {
      assertThat(app.apiTokens().authenticate(token).orElseThrow().scope()).isEqualTo(ApiScope.RUN);
    }
  }

  @Test
  void tokensCreate_asJson_putsTheTokenInTheObject_andTheWarningOnStderr() throws Exception {
    Result created = cli.run("tokens", "create", "ci", "-o", "json");

    assertThat(created.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(created.out());
    assertThat(json.get("name").asText()).isEqualTo("ci");
    assertThat(json.get("scope").asText()).isEqualTo("read");
    assertThat(json.get("expires_at").isNull()).isTrue();
    assertThat(json.get("token").asText()).matches(TOKEN);
    assertThat(created.err()).contains("will not be shown again");

    Result list = cli.run("tokens", "list", "-o", "json");
    JsonNode listed = new ObjectMapper().readTree(list.out());
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("name").asText()).isEqualTo("ci");
    assertThat(listed.get(0).has("token")).isFalse();
    assertThat(list.out()).doesNotContain(json.get("token").asText());
  }

  @Test
  void tokensRevoke_makesTheTokenStopWorking() {
    String token = tokenIn(cli.run("tokens", "create", "ci", "--scope", "admin").out());

    Result revoked = cli.run("tokens", "revoke", "ci");

    assertThat(revoked.code()).isZero();
    assertThat(revoked.out()).contains("Revoked API token \"ci\"");
    assertThat(cli.run("tokens", "list").out()).contains("revoked");
    try (Duoctl app = app()) {
      assertThat(app.apiTokens().authenticate(token)).isEmpty();
    }
  }

  @Test
  void tokens_badInput_exitsWithUsageOrFailure_andSaysTheFix() {
    Result scope = cli.run("tokens", "create", "ci", "--scope", "write");
    assertThat(scope.code()).isEqualTo(ErrorHandler.USAGE);
    assertThat(scope.err()).contains("'--scope': \"write\" is not one of read, run or admin");

    Result lifetime = cli.run("tokens", "create", "ci", "--expires-in", "forever");
    assertThat(lifetime.code()).isEqualTo(ErrorHandler.USAGE);
    assertThat(lifetime.err())
        .contains("--expires-in: \"forever\" is not a duration; write a number and a unit");

    Result name = cli.run("tokens", "create", "bad name");
    assertThat(name.code()).isEqualTo(ErrorHandler.USAGE);
    assertThat(name.err()).contains("API token not created", "name: must be 1 to 64");

    Result unknown = cli.run("tokens", "revoke", "nope");
    assertThat(unknown.code()).isEqualTo(ErrorHandler.FAILED);
    assertThat(unknown.err()).contains("no API token named \"nope\"");
  }

  @Test
  void operatorsCreate_readsThePasswordFromStdin_andTheOperatorCanSignIn() {
    Result created =
        cli.runWithStdin(
            PASSWORD + "\n", "operators", "create", "jane", "--role", "run", "--password-stdin");

    assertThat(created.code()).isZero();
    assertThat(created.out()).contains("jane", "run");
    Result list = cli.run("operators", "list");
    assertThat(list.out()).contains("USERNAME", "jane", "run");
    assertThat(cli.allOutput()).doesNotContain(PASSWORD);
    try (Duoctl app = app()) {
      assertThat(app.operators().signIn("jane", PASSWORD.toCharArray(), "127.0.0.1").role())
          .isEqualTo(ApiScope.RUN);
    }
  }

  @Test
  void operatorsCreate_onATerminal_asksTwice_andDefaultsToAdmin() {
    Result created = cli.runWithPrompt(PASSWORD, "operators", "create", "root");

    assertThat(created.code()).isZero();
    try (Duoctl app = app()) {
      assertThat(app.operators().signIn("root", PASSWORD.toCharArray(), "127.0.0.1").role())
          .isEqualTo(ApiScope.ADMIN);
    }
  }

  @Test
  void operatorsCreate_withoutATerminalOrStdin_isAUsageError() {
    Result result = cli.run("operators", "create", "root");

    assertThat(result.code()).isEqualTo(ErrorHandler.USAGE);
    assertThat(result.err()).contains("--password-stdin");
  }

  @Test
  void operatorsCreate_withAShortPassword_namesTheFieldAndTheFix() {
    Result result =
        cli.runWithStdin("tooshort\n", "operators", "create", "root", "--password-stdin");

    assertThat(result.code()).isEqualTo(ErrorHandler.USAGE);
    assertThat(result.err())
        .contains("operator not saved", "password: must be at least 12 characters")
        .doesNotContain("tooshort");
  }

  @Test
  void operatorsSetPasswordAndDelete_changeWhoCanSignIn() {
    cli.runWithStdin(PASSWORD + "\n", "operators", "create", "root", "--password-stdin");
    cli.runWithStdin(
        PASSWORD + "\n", "operators", "create", "jane", "--role", "read", "--password-stdin");

    Result changed =
        cli.runWithStdin(
            "a whole new passphrase\r\n", "operators", "set-password", "jane", "--password-stdin");
    assertThat(changed.code()).isZero();
    try (Duoctl app = app()) {
      Assertions.assertThatThrownBy(
              () -> app.operators().signIn("jane", PASSWORD.toCharArray(), "127.0.0.1"))
          .isInstanceOf(SignInFailedException.class);
      assertThat(app.operators().signIn("jane", "a whole new passphrase".toCharArray(), "::1"))
          .isNotNull();
    }

    Result lastAdmin = cli.run("operators", "delete", "root");
    assertThat(lastAdmin.code()).isEqualTo(ErrorHandler.FAILED);
    assertThat(lastAdmin.err()).contains("last operator with the admin role");
    assertThat(cli.run("operators", "delete", "jane").code()).isZero();
    assertThat(cli.run("operators", "list").out()).contains("root").doesNotContain("jane");
    assertThat(cli.allOutput()).doesNotContain(PASSWORD).doesNotContain("a whole new passphrase");
  }

  @Test
  void databaseFiles_holdNeitherTokensNorPasswords() throws IOException {
    String token = tokenIn(cli.run("tokens", "create", "ci", "--scope", "admin").out());
    cli.runWithStdin(PASSWORD + "\n", "operators", "create", "root", "--password-stdin");
    cli.run("tokens", "list");
    cli.run("audit", "list");

    List<Path> files;
    try (Stream<Path> walk = Files.walk(dataDir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertThat(bytes).as(file.toString()).doesNotContain(token).doesNotContain(PASSWORD);
    }
    String output = cli.allOutput().replaceFirst(Pattern.quote(token), "");
    assertThat(output).doesNotContain(token).doesNotContain(PASSWORD);
  }
}
