package io.duoctl.core.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.errors.FieldError;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Secrets flow only into secret action fields, secret workflow inputs and shown-once outputs. */
class WorkflowSecretsTest {
  final Workflows workflows = new Workflows(StandardActions.catalog(), Clock.systemUTC());

  private static final String HEAD =
      """
      name: x
      version: 1
      inputs:
        user: {type: user, required: true}
        code: {type: string, required: true, secret: true}
      steps:
        - id: codes
          action: bypass_codes.create
          organization: Acme
          with: {user: "${{ inputs.user }}", count: 1}
        - id: resync
          action: tokens.resync
          organization: Acme
          with:
            token_id: DHX
            code1: ${{ inputs.code }}
            code2: ${{ inputs.code }}
            code3: ${{ inputs.code }}
      """;

  List<FieldError> errors(String yaml) {
    return WorkflowValidationTest.errors(workflows, yaml);
  }

  @Test
  void secretsIntoSecretFieldsAndShownOnceOutputs_areValid() {
    WorkflowSummary summary =
        workflows.validate(
            HEAD
                + """
                outputs:
                  codes:
                    value: ${{ steps.codes.output }}
                    shown_once: true
                  echo:
                    value: ${{ inputs.code }}
                    shown_once: true
                  user:
                    value: ${{ inputs.user }}
                """);

    assertThat(summary.outputs())
        .extracting(WorkflowSummary.Output::shownOnce)
        .containsExactly(true, true, false);
  }

  @Test
  void aSecretActionOutput_inAnOutputNotShownOnce_isRefused() {
    List<FieldError> errors =
        errors(HEAD + "outputs:\n  codes:\n    value: ${{ steps.codes.output.codes[0] }}\n");

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("/outputs/codes/value");
              assertThat(e.message())
                  .contains("reads the secret steps.codes.output")
                  .contains("add shown_once: true");
            });
  }

  @Test
  void aSecretInput_inANonSecretField_aConditionOrAnOutput_isRefused() {
    List<FieldError> errors =
        errors(
            HEAD
                + """
                  - id: note
                    if: ${{ inputs.code != "" }}
                    action: users.update
                    organization: Acme
                    with: {user: "${{ inputs.user }}", notes: "${{ 'code ' + inputs.code }}"}
                outputs:
                  everything:
                    value: ${{ inputs }}
                """);

    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactly("/steps/2/if", "/steps/2/with/notes", "/outputs/everything/value");
    assertThat(errors).allSatisfy(e -> assertThat(e.message()).contains("inputs.code"));
  }

  @Test
  void aSecretInput_mayNotHaveADefault() {
    List<FieldError> errors =
        errors(HEAD.replace("secret: true}", "secret: true, default: hunter2}"));

    assertThat(errors).extracting(FieldError::field).contains("/inputs/code/default");
    assertThat(errors.toString()).doesNotContain("hunter2");
  }

  @Test
  void aWorkflowStepWithShownOnceOutputs_isASecretSource() {
    String caller =
        """
        name: caller
        version: 1
        steps:
          - id: inner
            workflow: issuer
        outputs:
          leaked:
            value: ${{ steps.inner.output }}
        """;
    String issuer =
        """
        name: issuer
        version: 1
        steps:
          - id: codes
            action: bypass_codes.create
            organization: Acme
            with: {user: jdoe}
        outputs:
          codes:
            value: ${{ steps.codes.output }}
            shown_once: true
        """;
    var library = new java.util.LinkedHashMap<>(workflows.builtIns());
    library.put("issuer", workflows.check(issuer, library));

    InvalidWorkflowException refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidWorkflowException.class, () -> workflows.check(caller, library));

    assertThat(refused.errors())
        .singleElement()
        .extracting(FieldError::field)
        .isEqualTo("/outputs/leaked/value");
  }
}
