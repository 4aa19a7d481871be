package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.AppConfig;
import io.duoctl.app.cli.ReadmeExamples.Example;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * Every command example of the root README runs as written against {@code ./duoctl demo}.
 *
 * <p>What is an example is {@link ReadmeExamples}' rule: the commands of fenced {@code sh} blocks,
 * and inline {@code `./duoctl …`} spans after {@code e.g.}. The test starts the real demo command
 * (emulated Duo, set up duoctl, server on a free port), takes {@code DUOCTL_DATA}, {@code
 * DUOCTL_URL} and {@code DUOCTL_TOKEN} from the {@code export} line it prints, and runs every
 * example in README order against that one demo, so an example that removes something must come
 * after those that need it:
 *
 * <ul>
 *   <li>{@code ./duoctl …} through the picocli entry point, with that environment, no terminal and
 *       empty stdin; it must exit 0, or the code its comment names ({@code # exit 2 …}) for an
 *       example that shows a refusal. {@code demo}, {@code serve} and {@code emulator} run until
 *       Ctrl-C, so their arguments are only parsed;
 *   <li>{@code curl …} over real HTTP; it must answer 2xx, and a {@code GET} must find something
 *       (not an empty list, not a page with {@code "total": 0}, not a blank text);
 *   <li>{@code ./mvnw …} and {@code mvn …} build, and are not run.
 * </ul>
 *
 * Anything else fails: an example nobody checks is not allowed.
 */
@TestInstance(Lifecycle.PER_CLASS)
@Tag("slow")
class ReadmeExamplesTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Set<String> FOREGROUND = Set.of("demo", "serve", "emulator");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ForegroundRun demo;
  private final Map<String, String> env = new HashMap<>();

  @BeforeAll
  void startTheDemo() throws Exception {
    demo = ForegroundRun.start("demo", "--port", "0");
    String line;
    while ((line = demo.readLine()) != null && !line.contains("Ctrl-C stops the demo")) {
      if (line.strip().startsWith("Shell ")) {
        List<String> words = ShellLine.parse(line.strip().substring(6), Map.of()).words();
        assertThat(words.getFirst()).isEqualTo("export");
        words.stream().skip(1).map(w -> w.split("=", 2)).forEach(v -> env.put(v[0], v[1]));
      }
    }
    assertThat(env).as(demo.err()).containsKeys("DUOCTL_DATA", "DUOCTL_URL", "DUOCTL_TOKEN");
  }

  @AfterAll
  void stopTheDemo() throws InterruptedException {
    demo.stop(30_000);
  }

  @TestFactory
  Stream<DynamicTest> everyExample_runsAsWrittenAgainstTheDemo() throws Exception {
    return ReadmeExamples.in(Files.readString(README)).stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.toString(),
                    () -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(example))));
  }

  @Test
  void theReadme_hasExamplesOfEveryKind() throws Exception {
    List<String> examples =
        ReadmeExamples.in(Files.readString(README)).stream().map(Example::text).toList();

    assertThat(examples)
        .anyMatch(text -> text.startsWith("./duoctl run "))
        .anyMatch(text -> text.startsWith("./duoctl users "))
        .anyMatch(text -> text.startsWith("curl "))
        .anyMatch(text -> text.startsWith("./duoctl demo"));
  }

  @Test
  void examples_areShBlockCommandsAndInlineCommandsAfterEg_notUsageLines() {
    String markdown =
        """
        | `./duoctl orgs tag ORG TAG...` | Tags, e.g. `./duoctl orgs list --tag pilot`, or \
        `./duoctl orgs list --name Harbor`; see `./duoctl orgs --help`. |

        ```sh
        # a comment
        curl -s "$DUOCTL_URL/health" \\
             -H 'Accept: application/json'
        ```

        ```
        ./duoctl not-an-example
        ```
        """;

    assertThat(ReadmeExamples.in(markdown))
        .containsExactly(
            new Example(1, "./duoctl orgs list --tag pilot"),
            new Example(1, "./duoctl orgs list --name Harbor"),
            new Example(5, "curl -s \"$DUOCTL_URL/health\" -H 'Accept: application/json'"));
  }

  private void run(Example example) throws Exception {
    ShellLine command = ShellLine.parse(example.text(), env);
    List<String> words = command.words();
    String[] args = words.subList(1, words.size()).toArray(String[]::new);
    switch (words.getFirst()) {
      case "./duoctl" -> runDuoctl(args, command.expectedExit().orElse(0));
      case "curl" -> {
        HttpRequest request = CurlCommand.request(Arrays.asList(args));
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        if (request.method().equals("GET")) {
          assertThat(findsSomething(response)).as("finds nothing in the demo").isTrue();
        }
      }
      case "mvn", "./mvnw" -> {}
      default ->
          throw new AssertionError(
              "not a command this test can run (./duoctl, curl, ./mvnw or mvn): " + example.text());
    }
  }

  /**
   * False for an empty list or a page of none ({@code "total": 0}), or for an answer that is not
   * JSON (the metrics' text) when it is blank.
   */
  private static boolean findsSomething(HttpResponse<String> response) throws Exception {
    if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      return !response.body().isBlank();
    }
    JsonNode answer = JSON.readTree(response.body());
    return answer.isArray() ? !answer.isEmpty() : answer.path("total").asInt(1) != 0;
  }

  private void runDuoctl(String[] args, int expectedExit) {
    if (args.length > 0 && FOREGROUND.contains(args[0])) {
      assertThatCode(() -> DuoctlCommand.commandLine(CliHarness.command()).parseArgs(args))
          .doesNotThrowAnyException();
      return;
    }
    CliHarness cli =
        new CliHarness(Path.of(env.get(AppConfig.DATA_DIR_VARIABLE)))
            .with(c -> AppConfig.fromEnvironment(env, System.getProperty("user.home"), "tester"));
    CliHarness.Result result =
        cli.run(Arrays.stream(args).map(ReadmeExamplesTest::fromRoot).toArray(String[]::new));
    assertThat(result.code()).as(result.out() + result.err()).isEqualTo(expectedExit);
  }

  /** README examples run from the repository root; this test runs in duoctl-app. */
  private static String fromRoot(String arg) {
    if (arg.startsWith("-") || !arg.contains("/") || Files.exists(Path.of(arg))) {
      return arg;
    }
    Path atRoot = Path.of("..").resolve(arg);
    return Files.exists(atRoot) ? atRoot.toString() : arg;
  }
}
