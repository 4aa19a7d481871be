package io.duoctl.app.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command examples of a Markdown text, by one rule:
 *
 * <ol>
 *   <li>every command in a fenced code block whose info string is {@code sh}: a line ending in
 *       {@code \} goes on on the next line; blank lines and lines starting with {@code #} are not
 *       commands;
 *   <li>every inline code span starting with {@code ./duoctl } that follows {@code e.g.}, directly
 *       or as a later item of a list of such spans joined by commas, {@code or} or {@code and}
 *       (e.g. {@code e.g. `./duoctl a`, `./duoctl b`}); a table cell's escaped {@code \|} reads as
 *       {@code |}.
 * </ol>
 *
 * Nothing else is an example: usage lines with placeholders ({@code ./duoctl orgs tag ORG TAG...})
 * and commands named in passing are not.
 */
final class ReadmeExamples {
  private static final Pattern FENCE = Pattern.compile("\\s*```\\s*(\\S*).*");
  private static final Pattern INLINE_LIST =
      Pattern.compile(
          "e\\.g\\.\\s+((?:`\\./duoctl [^`]+`(?:,\\s*(?:or\\s+|and\\s+)?|\\s+or\\s+|\\s+and\\s+)?)+)");
  private static final Pattern SPAN = Pattern.compile("`([^`]+)`");

  /** One example: its text and the line of the README it starts on (1-based). */
  record Example(int line, String text) {
    @Override
    public String toString() {
      return "README line " + line + ": " + text;
    }
  }

  private ReadmeExamples() {}

  /** The examples of {@code markdown}, in the order they appear. */
  static List<Example> in(String markdown) {
    String[] lines = markdown.split("\n", -1);
    List<Example> examples = new ArrayList<>();
    StringBuilder prose = new StringBuilder();
    String fence = null;
    StringBuilder command = null;
    int commandLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher fenceLine = FENCE.matcher(line);
      boolean inShell = "sh".equals(fence);
      prose.append(fence == null && !fenceLine.matches() ? line : "").append('\n');
      if (fenceLine.matches()) {
        fence = fence == null ? fenceLine.group(1) : null;
      } else if (inShell && command != null) {
        command.append(' ').append(line.strip());
      } else if (inShell && !line.isBlank() && !line.strip().startsWith("#")) {
        command = new StringBuilder(line.strip());
        commandLine = i + 1;
      }
      if (command != null && command.toString().endsWith("\\")) {
        command = new StringBuilder(command.substring(0, command.length() - 1).stripTrailing());
      } else if (command != null) {
        examples.add(new Example(commandLine, command.toString().strip()));
        command = null;
      }
    }
    examples.addAll(inlineExamples(prose));
    examples.sort(Comparator.comparingInt(Example::line));
    return List.copyOf(examples);
  }

  private static List<Example> inlineExamples(CharSequence prose) {
    List<Example> examples = new ArrayList<>();
    Matcher list = INLINE_LIST.matcher(prose);
    while (list.find()) {
      Matcher span = SPAN.matcher(list.group(1));
      while (span.find()) {
        int at = list.start(1) + span.start();
        int line = (int) prose.subSequence(0, at).chars().filter(c -> c == '\n').count() + 1;
        String text = span.group(1).replace("\\|", "|").replaceAll("\\s*\n\\s*", " ");
        examples.add(new Example(line, text));
      }
    }
    return examples;
  }
}
