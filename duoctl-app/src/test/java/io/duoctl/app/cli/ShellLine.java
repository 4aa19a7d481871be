package io.duoctl.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One example command line split into words as a POSIX shell splits it, for the part of the shell
 * the README's examples use: blanks between words, {@code '…'} taken literally, {@code "…"} and
 * bare text with {@code $NAME} or {@code ${NAME}} replaced from the environment and {@code \}
 * escaping one character, and a comment from a {@code #} that starts a word. Anything more (pipes,
 * redirections, {@code ;}, {@code &}, command substitution, an unset variable) is refused, so an
 * example this cannot run as written fails instead of running as something else.
 *
 * @param words the command and its arguments
 * @param comment the comment after the command, or empty
 */
record ShellLine(List<String> words, String comment) {
  private static final Pattern EXPECTED_EXIT = Pattern.compile("exits? (\\d+)\\b.*");
  private static final Pattern NAME =
      Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*)");
  private static final String UNSUPPORTED = "|&;<>()`";

  ShellLine {
    words = List.copyOf(words);
  }

  /** The exit code a {@code # exit N …} comment says the example ends with. */
  OptionalInt expectedExit() {
    Matcher matcher = EXPECTED_EXIT.matcher(comment);
    return matcher.matches()
        ? OptionalInt.of(Integer.parseInt(matcher.group(1)))
        : OptionalInt.empty();
  }

  /**
   * Splits {@code line}, taking variables from {@code env}.
   *
   * @throws IllegalArgumentException naming the shell syntax or variable it cannot run
   */
  static ShellLine parse(String line, Map<String, String> env) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\\' && i + 1 < line.length()) {
        word = word == null ? new StringBuilder() : word;
        char next = line.charAt(++i);
        if (quote == '"' && "$`\"\\".indexOf(next) < 0) {
          word.append(c);
        }
        word.append(next);
      } else if (c == '$') {
        word = word == null ? new StringBuilder() : word;
        i = expand(line, i, env, word);
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        word = word == null ? new StringBuilder() : word;
        quote = c;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else if (c == '#' && word == null) {
        return new ShellLine(words, line.substring(i + 1).strip());
      } else if (UNSUPPORTED.indexOf(c) >= 0) {
        throw new IllegalArgumentException("shell syntax '" + c + "' is not run: " + line);
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unclosed " + quote + " in: " + line);
    }
    if (word != null) {
      words.add(word.toString());
    }
    return new ShellLine(words, "");
  }

  /** Appends the variable at {@code line[dollar]} and answers the index of its last character. */
  private static int expand(String line, int dollar, Map<String, String> env, StringBuilder word) {
    Matcher name = NAME.matcher(line).region(dollar + 1, line.length());
    if (!name.lookingAt()) {
      throw new IllegalArgumentException("only $NAME and ${NAME} are run, not: " + line);
    }
    String variable = name.group(1) != null ? name.group(1) : name.group(2);
    String value = env.get(variable);
    if (value == null) {
      throw new IllegalArgumentException("$" + variable + " is not set, in: " + line);
    }
    word.append(value);
    return name.end() - 1;
  }
}
