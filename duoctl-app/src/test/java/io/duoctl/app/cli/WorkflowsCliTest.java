package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.core.workflows.Workflows;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowsCliTest {
  @TempDir Path dir;

  CliHarness cli() {
    return new CliHarness(dir.resolve("data"));
  }

  @Test
  void validate_aValidDefinition_printsItsNameAndSteps_exit0() throws Exception {
    Path file =
        Files.writeString(dir.resolve("onboard.yaml"), Workflows.builtInText("onboard-user"));

    CliHarness.Result result = cli().run("workflows", "validate", file.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo("valid: onboard-user (5 steps)\n");
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void validate_anInvalidDefinition_printsEveryErrorWithItsPlace_exit2() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.yaml"),
            """
            name: bad
            version: 1
            steps:
              - id: create
                action: users.craete
                organization: Acme
              - id: create
                action: users.list
                organization: Acme
            """);

    CliHarness.Result result = cli().run("workflows", "validate", file.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("duoctl: workflow bad is not valid (2 errors)")
        .contains(
            "  /steps/0/action: line 5, column 5: no action users.craete in the catalog; did you"
                + " mean users.create?")
        .contains("  /steps/1/id: line 7, column 5: \"create\" is the id of an earlier step");
  }

  @Test
  void validate_aMissingFile_isAUsageError() {
    CliHarness.Result result =
        cli().run("workflows", "validate", dir.resolve("nope.yaml").toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("no file");
  }

  @Test
  void schema_printsThePublishedJsonSchema() throws Exception {
    CliHarness.Result result = cli().run("workflows", "schema");

    assertThat(result.code()).isZero();
    var schema = new ObjectMapper().readTree(result.out());
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("properties").path("steps").isObject()).isTrue();
  }
}
