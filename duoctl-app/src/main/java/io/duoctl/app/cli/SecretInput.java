package io.duoctl.app.cli;

import io.duoctl.core.secrets.Secret;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads secrets from where they may come from — standard input, a file, or a hidden prompt — never
 * from the command line. Input holds one secret per line, either {@code name=value} or just the
 * value (taken in the order the command asks for them); blank lines and {@code #} comments are
 * skipped.
 */
final class SecretInput {
  private SecretInput() {}

  /** Secrets from standard input. */
  static Map<String, Secret> fromStdin(Terminal terminal, List<String> names) {
    return parse(
        new InputStreamReader(nonClosing(terminal.stdin()), StandardCharsets.UTF_8),
        names,
        "stdin");
  }

  /** Secrets from a file. */
  static Map<String, Secret> fromFile(Path file, List<String> names) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, names, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read secrets from " + file, e);
    }
  }

  /**
   * Asks for each of {@code names} without echo; an empty answer leaves that name out.
   *
   * @throws UsageException when there is no terminal to ask on
   */
  static Map<String, Secret> prompt(
      Terminal terminal, Map<String, String> questions, String howElse) {
    if (!terminal.canPrompt()) {
      throw new UsageException(
          "no terminal to prompt (without echo) for the secret of: "
              + String.join(", ", questions.keySet())
              + "; "
              + howElse);
    }
    Map<String, Secret> secrets = new LinkedHashMap<>();
    questions.forEach(
        (name, question) ->
            terminal
                .prompt()
                .readHidden(question)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .ifPresent(value -> secrets.put(name, Secret.of(value))));
    return secrets;
  }

  static Map<String, Secret> parse(Reader input, List<String> names, String source) {
    Map<String, Secret> secrets = new LinkedHashMap<>();
    try {
      BufferedReader lines = new BufferedReader(input);
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        Optional<String> named = nameOf(text, names);
        if (named.isPresent()) {
          String value = text.substring(text.indexOf('=') + 1).strip();
          if (value.isEmpty()) {
            throw new UsageException(
                source + " line " + number + ": " + named.get() + "= has no value");
          }
          secrets.put(named.get(), Secret.of(value));
        } else {
          String next =
              names.stream()
                  .filter(n -> !secrets.containsKey(n))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new UsageException(
                              "more secrets in "
                                  + source
                                  + " than expected ("
                                  + String.join(", ", names)
                                  + "); write them as name=value"));
          secrets.put(next, Secret.of(text));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read secrets from " + source, e);
    }
    return secrets;
  }

  private static Optional<String> nameOf(String line, List<String> names) {
    int eq = line.indexOf('=');
    if (eq <= 0) {
      return Optional.empty();
    }
    String key =
        line.substring(0, eq)
            .strip()
            .toLowerCase(Locale.ROOT)
            .replaceFirst("[._-](secret[._-]key|skey|password|key)$", "");
    return names.stream().filter(key::equals).findFirst();
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
