package io.duoctl.core.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.errors.FieldError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Whatever text comes in, the answer is a summary or {@link InvalidWorkflowException} whose errors
 * each name a JSON pointer: never another exception (which the REST API would turn into a 500).
 */
@Tag("slow")
class WorkflowRobustnessTest {
  private static final long SEED = 20261207L;
  private static final String[] NOISE = {
    "",
    " ",
    ":",
    "- ",
    "{",
    "}",
    "[",
    "]",
    "'",
    "\"",
    "${{",
    "}}",
    "&a",
    "*a",
    "!!binary",
    "\t",
    "#",
    "~",
    "0",
    "-1",
    "true",
    "null",
    "steps",
    "with",
    "for_each",
    "secret: true",
    "shown_once: true"
  };

  final Workflows workflows = new Workflows(StandardActions.catalog(), Clock.systemUTC());

  @Test
  void mutatedBuiltIns_areAnsweredWithASummaryOrErrorsAtPointers() {
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int refused = 0;
    for (int i = 0; i < 300; i++) {
      String original =
          Workflows.builtInText(Workflows.BUILT_IN.get(i % Workflows.BUILT_IN.size()));
      String mutated = mutate(original, random);
      try {
        workflows.validate(mutated);
      } catch (InvalidWorkflowException e) {
        refused++;
        for (FieldError error : e.errors()) {
          if (!error.field().startsWith("/")) {
            failures.add("#" + i + " field " + error.field());
          }
        }
      } catch (RuntimeException e) {
        failures.add("#" + i + " " + e + "\n" + mutated);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(refused).isGreaterThan(100);
  }

  private static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      switch (random.nextInt(4)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, line);
        case 2 -> {
          int column = line.isEmpty() ? 0 : random.nextInt(line.length());
          lines.set(
              at,
              line.substring(0, column)
                  + NOISE[random.nextInt(NOISE.length)]
                  + line.substring(column));
        }
        default -> {
          int column = line.isEmpty() ? 0 : random.nextInt(line.length());
          lines.set(at, line.substring(0, column));
        }
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines);
  }
}
