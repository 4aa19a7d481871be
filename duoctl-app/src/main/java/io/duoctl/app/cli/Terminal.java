package io.duoctl.app.cli;

import java.io.Console;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where commands read secrets from: standard input, and a prompt that does not echo (absent when
 * there is no terminal, as in scripts and tests).
 */
public record Terminal(InputStream stdin, Prompt prompt) {
  /** Reads one line without echo, or empty when the user enters nothing. */
  @FunctionalInterface
  public interface Prompt {
    Optional<String> readHidden(String question);
  }

  /** The process's stdin and its console, when it has one. */
  public static Terminal system(InputStream stdin, Console console) {
    return new Terminal(
        stdin,
        console == null
            ? null
            : question -> {
              char[] typed = console.readPassword("%s", question);
              return typed == null || typed.length == 0
                  ? Optional.empty()
                  : Optional.of(new String(typed));
            });
  }

  /** Whether a person can be asked. */
  public boolean canPrompt() {
    return prompt != null;
  }
}
