package io.duoctl.app.cli;

import io.duoctl.core.secrets.Secret;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the values of a connection's headers — named on the command line with {@code --header} —
 * from a hidden prompt or from stdin (one value a line, in the order of the {@code --header}
 * options, blank lines skipped), never from the command line. Every value is taken whole, so it may
 * hold {@code =}, {@code :} or {@code #}.
 */
final class HeaderValues {
  private static final Pattern LOOKS_LIKE_A_VALUE = Pattern.compile(".*[\\s:=].*");

  private HeaderValues() {}

  /**
   * @throws UsageException when a --header holds more than a name, stdin has another number of
   *     values, or there is no terminal and {@code fromStdin} is false
   */
  static Map<String, Secret> read(
      Terminal terminal, String connection, List<String> names, boolean fromStdin) {
    for (String name : names) {
      if (LOOKS_LIKE_A_VALUE.matcher(name).matches()) {
        throw new UsageException(
            "--header takes a header's name only (e.g. --header Authorization); its value is asked"
                + " for without echo, or read from stdin with --from-stdin, never given on the"
                + " command line");
      }
    }
    List<String> values =
        fromStdin ? fromStdin(terminal, names) : prompt(terminal, connection, names);
    Map<String, Secret> headers = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      try {
        headers.put(names.get(i), Secret.of(values.get(i)));
      } catch (IllegalArgumentException notASecret) {
        throw new UsageException(
            "the value of header "
                + names.get(i)
                + ": "
                + notASecret.getMessage().replaceFirst("^secret value ", ""));
      }
    }
    return headers;
  }

  private static List<String> prompt(Terminal terminal, String connection, List<String> names) {
    if (!terminal.canPrompt()) {
      throw new UsageException(
          "no terminal to prompt (without echo) for the value of: "
              + String.join(", ", names)
              + "; pass the values on stdin with --from-stdin, one a line in the order of --header");
    }
    List<String> values = new ArrayList<>();
    for (String name : names) {
      Optional<String> value =
          terminal.prompt().readHidden("Value of header " + name + " for " + connection + ": ");
      if (value.isEmpty() || value.get().isBlank()) {
        throw new UsageException("no value entered for header " + name + "; nothing saved");
      }
      values.add(value.get());
    }
    return values;
  }

  private static List<String> fromStdin(Terminal terminal, List<String> names) {
    List<String> values = new ArrayList<>();
    try {
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(terminal.stdin(), StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          values.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the header values from stdin", e);
    }
    if (values.size() != names.size()) {
      throw new UsageException(
          "stdin has "
              + values.size()
              + (values.size() == 1 ? " value" : " values")
              + " for "
              + names.size()
              + (names.size() == 1 ? " header" : " headers")
              + " ("
              + String.join(", ", names)
              + "); give one value a line, in the order of --header; nothing saved");
    }
    return values;
  }
}
