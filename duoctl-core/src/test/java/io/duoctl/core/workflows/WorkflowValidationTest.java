package io.duoctl.core.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.errors.FieldError;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class WorkflowValidationTest {
  final Workflows workflows = new Workflows(StandardActions.catalog(), Clock.systemUTC());

  static final List<String> BUILT_IN = Workflows.BUILT_IN;

  @ParameterizedTest
  @FieldSource("BUILT_IN")
  void builtIn_isValid(String name) {
    WorkflowSummary summary = workflows.validate(Workflows.builtInText(name));

    assertThat(summary.name()).isEqualTo(name);
    assertThat(summary.steps()).isNotEmpty();
  }

  @Test
  void onboardUser_isExplained() {
    WorkflowSummary summary = workflows.validate(Workflows.builtInText("onboard-user"));

    assertThat(summary.steps())
        .extracting(WorkflowSummary.Step::action)
        .containsExactly(
            "users.create",
            "phones.create",
            "phones.send_activation_sms",
            "users.enroll",
            "groups.add_user");
    assertThat(summary.steps().get(2).onError()).isEqualTo("retry (3 attempts, backoff 30s)");
    assertThat(summary.steps().get(4).forEach()).isEqualTo("items: ${{ inputs.groups }}");
    assertThat(summary.inputs())
        .extracting(WorkflowSummary.Input::type)
        .contains("email", "phone_number", "string_list");
  }

  static List<FieldError> errors(Workflows workflows, String yaml) {
    return catchThrowableOfType(InvalidWorkflowException.class, () -> workflows.validate(yaml))
        .errors();
  }

  List<FieldError> errors(String yaml) {
    return errors(workflows, yaml);
  }

  @Test
  void schemaErrors_areAllReported_withPointerAndLine() {
    List<FieldError> errors =
        errors(
            """
            name: Bad Name
            version: 0
            colour: blue
            steps:
              - id: one
                action: users.list
                organization: Acme
                on_error: explode
              - action: users.list
            """);

    assertThat(errors)
        .extracting(FieldError::field)
        .contains("/name", "/version", "/colour", "/steps/0/on_error", "/steps/1/id");
    assertThat(errors)
        .filteredOn(e -> e.field().equals("/colour"))
        .first()
        .extracting(FieldError::message)
        .asString()
        .startsWith("line 3, column 1: is not known here");
  }

  @Test
  void yamlSyntaxError_namesLineAndColumn() {
    List<FieldError> errors = errors("name: x\nversion: 1\nsteps: [\n  - id: a\n");

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).message()).matches("line \\d+, column \\d+: is not valid YAML: .*");
  }

  @Test
  void aKeyGivenTwice_isRefused() {
    List<FieldError> errors = errors("name: x\nname: y\nversion: 1\nsteps: []\n");

    assertThat(errors.get(0).message()).contains("line 2").contains("given twice");
  }

  @Test
  void emptyText_isRefused() {
    assertThat(errors("  \n").get(0))
        .isEqualTo(new FieldError("/", "is empty: a workflow definition is a YAML mapping"));
  }

  @Test
  void unknownAction_suggestsTheNearest() {
    List<FieldError> errors =
        errors(one("action: users.craete\n    organization: Acme\n    with: {username: jdoe}"));

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("/steps/0/action");
              assertThat(e.message())
                  .startsWith("line 7, column 5: no action users.craete")
                  .contains("did you mean users.create?");
            });
  }

  @Test
  void inputsUnknownToTheAction_missingRequiredOnes_andBadLiterals_areEachReported() {
    List<FieldError> errors =
        errors(
            """
            name: x
            version: 1
            steps:
              - id: create
                action: users.create
                organization: Acme
                with:
                  usernme: jdoe
                  status: sleeping
              - id: list
                action: users.list
                organization: Acme
                with:
                  limit: many
            """);

    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "/steps/0/with/usernme",
            "/steps/0/with/username",
            "/steps/0/with/status",
            "/steps/1/with/limit");
    assertThat(errors)
        .filteredOn(e -> e.field().endsWith("/username"))
        .singleElement()
        .extracting(FieldError::message)
        .asString()
        .contains("is required by users.create");
  }

  @Test
  void aComputedRequiredInput_isNotReportedMissing_butAnUnknownComputedOneIs() {
    List<FieldError> errors =
        errors(
            one(
                "action: users.create\n    organization: Acme\n    with:\n      username: ${{ 'j' + 'doe' }}\n      nick: ${{ 'x' }}"));

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("/steps/0/with/nick");
              assertThat(e.message()).contains("is not a field of users.create");
            });
  }

  @Test
  void stepIds_areUnique_andReadOnlyEarlierSteps() {
    List<FieldError> errors =
        errors(
            """
            name: x
            version: 1
            steps:
              - id: user
                action: users.get
                organization: Acme
                with:
                  user: ${{ steps.later.output.user_id }}
              - id: user
                action: users.get
                organization: Acme
                with: {user: jdoe}
              - id: later
                action: users.get
                organization: Acme
                with: {user: jdoe}
            """);

    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactly("/steps/0/with/user", "/steps/1/id");
    assertThat(errors.get(0).message()).contains("CEL: undefined field 'later'");
    assertThat(errors.get(1).message()).contains("\"user\" is the id of an earlier step");
  }

  @Test
  void celSyntaxAndTypeErrors_nameTheStepAndField() {
    List<FieldError> errors =
        errors(
            """
            name: x
            version: 1
            inputs:
              name: {type: string}
              count: {type: integer, default: 3}
            steps:
              - id: list
                if: ${{ inputs.count > }}
                action: users.list
                organization: Acme
                with:
                  limit: ${{ inputs.name }}
              - id: again
                if: ${{ inputs.name }}
                action: users.list
                organization: ${{ inputs.count + "x" }}
            """);

    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactly(
            "/steps/0/if", "/steps/0/with/limit", "/steps/1/if", "/steps/1/organization");
    assertThat(errors.get(0).message()).contains("CEL: mismatched input");
    assertThat(errors.get(1).message()).contains("the expression is string; a int is needed here");
    assertThat(errors.get(2).message()).contains("a bool is needed here");
    assertThat(errors.get(3).message()).contains("CEL: found no matching overload");
  }

  @Test
  void anExpressionInsideText_isRefusedWithTheFix() {
    List<FieldError> errors =
        errors(
            one(
                "action: users.create\n    organization: Acme\n    with: {username: 'user-${{ inputs.x }}'}"));

    assertThat(errors)
        .singleElement()
        .extracting(FieldError::message)
        .asString()
        .contains("an expression is a whole value");
  }

  @Test
  void organization_isRequiredPerOrganization_andRefusedOnTheParentAccount() {
    List<FieldError> errors =
        errors(
            """
            name: x
            version: 1
            steps:
              - id: list
                action: users.list
              - id: children
                action: accounts.list
                organization: Acme
            """);

    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactly("/steps/0/organization", "/steps/1/organization");
    assertThat(errors.get(1).message()).contains("runs once on the MSP's parent account");
  }

  @Test
  void compensateTargets_mustBeCompensationSteps() {
    List<FieldError> errors =
        errors(
            """
            name: x
            version: 1
            steps:
              - id: create
                action: users.create
                organization: Acme
                with: {username: jdoe}
                on_error: {compensate: undo_creat}
            compensations:
              - id: undo_create
                action: users.delete
                organization: Acme
                with: {user: jdoe}
            """);

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("/steps/0/on_error/compensate");
              assertThat(e.message()).contains("did you mean undo_create?");
            });
  }

  @Test
  void forEach_organizationsUsersAndItems_declareTheirVariables() {
    WorkflowSummary summary =
        workflows.validate(
            """
            name: x
            version: 1
            inputs:
              people: {type: string_list, default: []}
            steps:
              - id: tagged
                for_each: {organizations: "tag:dental"}
                action: users.list
                with: {status: bypass}
                if: ${{ organization != "Harbor Dental" }}
              - id: codes
                for_each: {users: [jdoe, asmith]}
                action: bypass_codes.list_for_user
                organization: Acme
                with: {user: "${{ item }}"}
              - id: each
                for_each: {items: "${{ inputs.people }}"}
                action: users.get
                organization: Acme
                with: {user: "${{ item }}"}
            """);

    assertThat(summary.steps())
        .extracting(WorkflowSummary.Step::forEach)
        .containsExactly(
            "organizations: tag:dental",
            "users: [\"jdoe\",\"asmith\"]",
            "items: ${{ inputs.people }}");
  }

  @Test
  void itemOutsideAForEach_isUndeclared() {
    List<FieldError> errors =
        errors(one("action: users.get\n    organization: Acme\n    with: {user: '${{ item }}'}"));

    assertThat(errors)
        .singleElement()
        .extracting(FieldError::message)
        .asString()
        .contains("undeclared reference to 'item'");
  }

  @Test
  void unknownWorkflow_suggestsTheNearest() {
    List<FieldError> errors =
        errors(one("workflow: offboard-organisation\n    with: {user: jdoe}"));

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("/steps/0/workflow");
              assertThat(e.message()).contains("did you mean offboard-organization?");
            });
  }

  @Test
  void workflowInputs_areChecked() {
    List<FieldError> errors =
        errors(
            one(
                "workflow: offboard-organization\n    with: {user: jdoe, mode: erase, colour: blue}"));

    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "/steps/0/with/mode", "/steps/0/with/colour", "/steps/0/with/organization");
  }

  @Test
  void aCycleBetweenWorkflows_isRefused() {
    String callsBack =
        """
        name: offboard-organization
        version: 2
        inputs:
          user: {type: user, required: true}
        steps:
          - id: again
            workflow: offboard-everywhere
            with: {user: "${{ inputs.user }}"}
        """;

    List<FieldError> errors = errors(callsBack);

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("/steps/0/workflow");
              assertThat(e.message())
                  .contains(
                      "offboard-organization -> offboard-everywhere -> offboard-organization");
            });
  }

  @Test
  void aWorkflowCallingItself_isRefused() {
    List<FieldError> errors = errors("name: x\nversion: 1\nsteps:\n  - id: me\n    workflow: x\n");

    assertThat(errors)
        .singleElement()
        .extracting(FieldError::message)
        .asString()
        .contains("x -> x");
  }

  private static String one(String step) {
    return "name: x\nversion: 1\ninputs:\n  x: {type: string}\nsteps:\n  - id: one\n    "
        + step
        + "\n";
  }

  @Test
  void aStepWithBothActionAndWorkflow_isRefused() {
    List<FieldError> errors = errors(one("action: users.list\n    workflow: onboard-user"));

    assertThat(errors)
        .extracting(FieldError::message)
        .anyMatch(m -> m.contains("needs exactly one of action"));
  }

  @Test
  void aValueOfTheWrongJsonType_namesTheTypesAllowed() {
    List<FieldError> errors =
        errors(
            "name: x\nversion: 1\nsteps:\n  - id: a\n    action: users.list\n    for_each: {organizations: 3}\n");

    assertThat(errors)
        .extracting(FieldError::message)
        .anyMatch(m -> m.endsWith("must be a string or array"));
  }
}
