package io.duoctl.core.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.actions.FieldKind;
import io.duoctl.core.actions.FieldRule;
import io.duoctl.core.actions.InputSchema;
import io.duoctl.core.actions.handlers.StandardActions;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** A workflow's inputs described as an action's input, for forms generated from them. */
class WorkflowInputSchemaTest {
  final Workflows workflows = new Workflows(StandardActions.catalog(), Clock.systemUTC());

  @Test
  void onboardUser_describesEachInputWithItsKindRequiredAndDefault_inTheOrderWritten() {
    InputSchema schema = workflows.builtIns().get("onboard-user").inputSchema();

    assertThat(schema.fields().keySet())
        .containsExactly("organization", "username", "email", "realname", "phone", "groups");
    assertThat(schema.fields().get("email"))
        .extracting(FieldRule::kind, FieldRule::required)
        .containsExactly(FieldKind.EMAIL, true);
    assertThat(schema.fields().get("phone").kind()).isEqualTo(FieldKind.PHONE_NUMBER);
    assertThat(schema.fields().get("groups").defaultValue().isArray()).isTrue();
    assertThat(schema.json().at("/properties/username/description").asText())
        .isEqualTo("The new user's username");
    assertThat(schema.json().path("required"))
        .extracting(n -> n.asText())
        .containsExactlyInAnyOrder("organization", "username", "email");
  }

  @Test
  void offboardEverywhere_offersItsOneOfValues_withTheDefault() {
    InputSchema schema = workflows.builtIns().get("offboard-everywhere").inputSchema();

    assertThat(schema.json().at("/properties/mode/enum"))
        .extracting(n -> n.asText())
        .containsExactly("disable", "delete");
    assertThat(schema.json().at("/properties/mode/default").asText()).isEqualTo("disable");
    assertThat(schema.fields().get("user"))
        .extracting(FieldRule::kind, FieldRule::required, FieldRule::secret)
        .containsExactly(FieldKind.STRING, true, false);
  }
}
