package io.duoctl.app.console.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.InputValidator;
import io.duoctl.core.actions.InvalidActionInputException;
import io.duoctl.core.actions.handlers.StandardActions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ActionFormTest {

  private static final ActionCatalog CATALOG = StandardActions.catalog();
  private final InputValidator validator =
      new InputValidator(Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));

  @TestFactory
  List<DynamicTest> everyCatalogAction_rendersAControlWithLabelAndHelpPerSchemaProperty() {
    return CATALOG.list().stream()
        .map(
            action ->
                DynamicTest.dynamicTest(
                    action.id(),
                    () -> {
                      ActionForm form = ActionForm.of(action);
                      JsonNode properties = action.input().json().path("properties");
                      assertThat(form.fields()).hasSize(properties.size());
                      for (FormField field : form.fields()) {
                        assertThat(properties.has(field.name())).isTrue();
                        assertThat(field.label()).isNotBlank();
                        assertThat(field.help())
                            .isEqualTo(properties.path(field.name()).path("description").asText());
                        if (field.type() == InputType.SELECT) {
                          assertThat(field.options()).isNotEmpty();
                        }
                      }
                    }))
        .toList();
  }

  @TestFactory
  List<DynamicTest> everyCatalogAction_formFilledWithSampleValues_readsIntoInputTheRunnerAccepts() {
    return CATALOG.list().stream()
        .map(
            action ->
                DynamicTest.dynamicTest(
                    action.id(),
                    () -> {
                      ActionForm form = ActionForm.of(action);
                      Map<String, List<String>> params = new HashMap<>();
                      form.fields().forEach(f -> params.put(f.param(), List.of(sample(action, f))));
                      FormState state = form.read(params);
                      assertThat(state.errors()).isEmpty();
                      assertThatCode(() -> validator.validate(action, state.input()))
                          .doesNotThrowAnyException();
                    }))
        .toList();
  }

  @Test
  void bypassCodesForm_choosesControlsFromTheSchema() {
    ActionForm form = ActionForm.of(CATALOG.require("bypass_codes.create"));

    assertThat(form.field("user").orElseThrow())
        .extracting(FormField::type, FormField::required, FormField::label)
        .containsExactly(InputType.TEXT, true, "User");
    FormField count = form.field("count").orElseThrow();
    assertThat(count.type()).isEqualTo(InputType.NUMBER);
    assertThat(count.min()).isEqualTo(1L);
    assertThat(count.max()).isEqualTo(10L);
    assertThat(form.field("codes").orElseThrow().type()).isEqualTo(InputType.TEXTAREA);
    assertThat(form.field("codes").orElseThrow().secret()).isTrue();
    assertThat(form.field("reuse_count").orElseThrow().defaultValue()).isEqualTo("1");
    FormField preserve = form.field("preserve_existing").orElseThrow();
    assertThat(preserve.type()).isEqualTo(InputType.SELECT);
    assertThat(preserve.label()).isEqualTo("Preserve existing");
    assertThat(preserve.options())
        .extracting(FormField.Option::value)
        .containsExactly("", "true", "false");
    assertThat(form.blank().value("reuse_count")).isEqualTo("1");
  }

  @Test
  void enumField_rendersSelectWithAnEmptyChoiceOnlyWhenOptional() {
    ActionForm form = ActionForm.of(CATALOG.require("users.list"));

    FormField status = form.field("status").orElseThrow();
    assertThat(status.type()).isEqualTo(InputType.SELECT);
    assertThat(status.options().get(0).value()).isEmpty();
    assertThat(status.options()).extracting(FormField.Option::value).contains("active");
  }

  @Test
  void read_omitsEmptyOptionalFieldsAndTypesNumbersAndLists() {
    ActionForm form = ActionForm.of(CATALOG.require("bypass_codes.create"));

    FormState state =
        form.read(
            Map.of(
                "in.user", List.of(" jdoe "),
                "in.count", List.of("3"),
                "in.valid_secs", List.of(""),
                "in.preserve_existing", List.of("")));

    assertThat(state.valid()).isTrue();
    assertThat(state.input().toString()).isEqualTo("{\"user\":\"jdoe\",\"count\":3}");
  }

  @Test
  void read_secretFieldGoesIntoInputButIsNeverShownBack() {
    ActionForm form = ActionForm.of(CATALOG.require("users.sync"));

    FormState state =
        form.read(Map.of("in.username", List.of("jdoe"), "in.directory_key", List.of("DKsecret")));

    assertThat(form.field("directory_key").orElseThrow().type()).isEqualTo(InputType.PASSWORD);
    assertThat(state.input().path("directory_key").asText()).isEqualTo("DKsecret");
    assertThat(state.values()).doesNotContainKey("directory_key");
    assertThat(state.value("directory_key")).isEmpty();
  }

  @Test
  void read_malformedMapIsAnInlineErrorAndLinesOrJsonAreRead() {
    ActionForm form = ActionForm.of(CATALOG.require("raw.admin"));

    FormState bad =
        form.read(Map.of("in.path", List.of("/admin/v1/info"), "in.params", List.of("oops")));
    FormState lines =
        form.read(
            Map.of("in.path", List.of("/admin/v1/users"), "in.params", List.of("a=1\nb = x")));
    FormState json =
        form.read(
            Map.of("in.path", List.of("/admin/v1/users"), "in.params", List.of("{\"a\":\"1\"}")));

    assertThat(bad.error("params")).contains("name=value");
    assertThat(lines.input().path("params").toString()).isEqualTo("{\"a\":\"1\",\"b\":\"x\"}");
    assertThat(json.input().path("params").toString()).isEqualTo("{\"a\":\"1\"}");
  }

  @Test
  void runnerErrors_landInlineOnTheirFields() {
    ActionDefinition action = CATALOG.require("bypass_codes.create");
    ActionForm form = ActionForm.of(action);
    FormState state = form.read(Map.of("in.count", List.of("lots"), "in.codes", List.of("1\n2")));

    InvalidActionInputException invalid =
        catchThrowableOfType(
            InvalidActionInputException.class, () -> validator.validate(action, state.input()));
    FormState shown = state.withErrors(form, invalid.errors());

    assertThat(shown.error("user")).contains("is required");
    assertThat(shown.error("count")).contains("whole number");
    assertThat(shown.formError()).isNull();
    assertThat(shown.value("count")).isEqualTo("lots");
  }

  @Test
  void withErrors_keepsErrorsOfUnknownFieldsAboveTheForm() {
    ActionForm form = ActionForm.of(CATALOG.require("users.get"));

    FormState shown =
        form.blank()
            .withErrors(form, List.of(new io.duoctl.core.errors.FieldError("input", "bad")));

    assertThat(shown.formError()).isEqualTo("input: bad");
    assertThat(shown.valid()).isFalse();
  }

  @Test
  void checkbox_uncheckedMeansFalse() {
    ActionDefinition action =
        CATALOG.list().stream()
            .filter(
                a ->
                    ActionForm.of(a).fields().stream()
                        .anyMatch(f -> f.type() == InputType.CHECKBOX && !f.required()))
            .findFirst()
            .orElseThrow();
    ActionForm form = ActionForm.of(action);
    FormField box =
        form.fields().stream()
            .filter(f -> f.type() == InputType.CHECKBOX)
            .findFirst()
            .orElseThrow();

    assertThat(form.read(Map.of()).input().path(box.name()).asBoolean(true)).isFalse();
    assertThat(form.read(Map.of(box.param(), List.of("true"))).checked(box.name())).isTrue();
  }

  private static String sample(ActionDefinition action, FormField field) {
    JsonNode schema = action.input().json().path("properties").path(field.name());
    if (schema.has("enum")) {
      return schema.path("enum").get(0).asText();
    }
    String pattern = schema.path("pattern").asText("");
    return switch (field.kind()) {
      case INTEGER -> String.valueOf(field.min() != null ? Math.max(field.min(), 1) : 1);
      case BOOLEAN -> "true";
      case PHONE_NUMBER -> "+1 415 555 0123";
      case EMAIL -> "jdoe@example.com";
      case TIME -> "24h";
      case STRING_LIST -> "one\ntwo";
      case STRING_MAP -> "team=blue";
      case STRING -> {
        if (pattern.contains("<insturl>")) {
          yield "Install: <insturl>";
        } else if (pattern.contains("<acturl>")) {
          yield "Activate: <acturl>";
        } else if (pattern.startsWith("^/")) {
          yield pattern.substring(1, pattern.indexOf('[')) + "v1/info";
        } else if ("email".equals(schema.path("format").asText())) {
          yield "jdoe@example.com";
        }
        yield "jdoe";
      }
    };
  }
}
