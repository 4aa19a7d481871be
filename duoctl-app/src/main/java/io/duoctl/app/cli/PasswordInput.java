package io.duoctl.app.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads an operator's password as a {@code char[]} the caller wipes: the first line of stdin taken
 * exactly as typed (no trimming, no comments, so any character may be in it), or a hidden prompt
 * asked twice. Never from the command line.
 */
final class PasswordInput {
  private PasswordInput() {}

  /**
   * @throws UsageException when stdin is empty, the two prompted entries differ, or there is no
   *     terminal and {@code fromStdin} is false
   */
  static char[] read(Terminal terminal, boolean fromStdin, String username) {
    if (fromStdin) {
      return firstLine(terminal);
    }
    if (!terminal.canPrompt()) {
      throw new UsageException(
          "no terminal to prompt (without echo) for the password; pass it on stdin with"
              + " --password-stdin");
    }
    char[] first = ask(terminal, "Password for " + username + " (12 or more characters): ");
    char[] again = ask(terminal, "Same password again: ");
    try {
      if (!Arrays.equals(first, again)) {
        Arrays.fill(first, '\0');
        throw new UsageException("the two passwords differ; run the command again");
      }
      return first;
    } finally {
      Arrays.fill(again, '\0');
    }
  }

  private static char[] ask(Terminal terminal, String question) {
    Optional<String> answer = terminal.prompt().readHidden(question);
    return answer.map(String::toCharArray).orElseGet(() -> new char[0]);
  }

  private static char[] firstLine(Terminal terminal) {
    Reader reader = new InputStreamReader(terminal.stdin(), StandardCharsets.UTF_8);
    char[] line = new char[64];
    int length = 0;
    try {
      int c;
      while ((c = reader.read()) != -1 && c != '\n') {
        if (length == line.length) {
          char[] bigger = Arrays.copyOf(line, line.length * 2);
          Arrays.fill(line, '\0');
          line = bigger;
        }
        line[length++] = (char) c;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the password from stdin", e);
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    char[] password = Arrays.copyOf(line, length);
    Arrays.fill(line, '\0');
    if (password.length == 0) {
      throw new UsageException("no password on stdin; write it as the first line");
    }
    return password;
  }
}
