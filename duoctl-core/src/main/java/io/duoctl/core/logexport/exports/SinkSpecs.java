package io.duoctl.core.logexport.exports;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.logexport.InvalidSinkConfigException;
import io.duoctl.core.logexport.SinkConfig;
import io.duoctl.core.logexport.rules.RuleSinkConfig;
import io.duoctl.core.logexport.sinks.file.FileSinkConfig;
import io.duoctl.core.logexport.sinks.http.ElasticsearchSinkConfig;
import io.duoctl.core.logexport.sinks.http.HttpOptions;
import io.duoctl.core.logexport.sinks.http.JsonBatchSinkConfig;
import io.duoctl.core.logexport.sinks.http.SplunkHecSinkConfig;
import io.duoctl.core.logexport.sinks.syslog.SyslogSinkConfig;
import io.duoctl.core.logexport.sinks.tls.TlsTrust;
import io.duoctl.core.secrets.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A sink configuration as flat text fields, the form the CLI ({@code file:DIR,opt=value}), the REST
 * API (a JSON object of strings) and the database (without secrets) share. Fields by kind:
 *
 * <ul>
 *   <li>every kind: {@code kind}, {@code name} (default: the kind, dashed)
 *   <li>{@code file}: {@code directory}, {@code file_prefix}, {@code max_file_bytes}, {@code
 *       rotate_every} (ISO-8601, e.g. {@code PT1H}), {@code keep_files}
 *   <li>{@code http} (a JSON array per batch): {@code url}, {@code authorization} (secret)
 *   <li>{@code splunk_hec}: {@code url}, {@code token} (secret), {@code index}, {@code source},
 *       {@code sourcetype}, {@code host}
 *   <li>{@code elasticsearch}: {@code url}, {@code api_key} (secret), {@code index}
 *   <li>HTTP kinds also: {@code timeout}, {@code max_backoff}, {@code ca_file}
 *   <li>{@code syslog}: {@code host}, {@code port}, {@code transport} ({@code tcp}/{@code tls}),
 *       {@code payload} ({@code json}/{@code cef}), {@code facility}, {@code hostname}, {@code
 *       timeout}, {@code ca_file}
 *   <li>{@code rules}: no other field; the enabled log rules take the events
 * </ul>
 *
 * Thread-safe (stateless).
 */
public final class SinkSpecs {

  /** The fields that hold secrets: stored in the vault, never shown. */
  public static final Set<String> SECRET_FIELDS =
      Set.of("authorization", "token", "api_key", "trust_store_password");

  /** The kinds, as written in {@code kind}. */
  public static final List<String> KINDS =
      List.of("file", "http", "splunk_hec", "elasticsearch", "syslog", "rules");

  /** What a secret field shows once stored: its value is never returned. */
  public static final String STORED = "[stored]";

  private SinkSpecs() {}

  /**
   * Parses a CLI sink: {@code KIND:MAIN[,field=value]...}, where MAIN is the kind's main field
   * (file: directory; http, splunk_hec, elasticsearch: url; syslog: host:port).
   *
   * @throws InvalidLogExportException naming {@code field} when the text is malformed
   */
  public static Map<String, String> parseText(String text, String field) {
    if (text.strip().toLowerCase(Locale.ROOT).startsWith("rules")) {
      return parseRules(text.strip(), field);
    }
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw invalid(
          field, "must be KIND:MAIN[,field=value]..., KIND one of " + KINDS + ", was " + text);
    }
    String kind = text.substring(0, colon).toLowerCase(Locale.ROOT).replace('-', '_');
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kind", kind);
    String[] parts = splitMain(text.substring(colon + 1));
    String main = parts[0];
    switch (kind) {
      case "file" -> fields.put("directory", main);
      case "syslog" -> {
        int port = main.lastIndexOf(':');
        if (port <= 0) {
          throw invalid(field, "a syslog sink is syslog:HOST:PORT[,field=value]..., was " + text);
        }
        fields.put("host", main.substring(0, port));
        fields.put("port", main.substring(port + 1));
      }
      default -> fields.put("url", main);
    }
    if (!parts[1].isEmpty()) {
      for (String option : parts[1].split(",")) {
        int eq = option.indexOf('=');
        if (eq <= 0) {
          throw invalid(field, "options are field=value, was " + option);
        }
        fields.put(option.substring(0, eq).trim(), option.substring(eq + 1).trim());
      }
    }
    return fields;
  }

  // rules[,name=N]: the log rules take the events; there is no main field.
  private static Map<String, String> parseRules(String text, String field) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kind", "rules");
    String options = text.substring("rules".length());
    if (options.isEmpty()) {
      return fields;
    }
    if (!options.startsWith(",name=") || options.length() == ",name=".length()) {
      throw invalid(field, "a rules sink is rules[,name=NAME], was " + text);
    }
    fields.put("name", options.substring(",name=".length()).trim());
    return fields;
  }

  // A URL may hold commas only after its path; options start at the first ",word=".
  private static String[] splitMain(String rest) {
    var match = java.util.regex.Pattern.compile(",[a-z_]+=").matcher(rest);
    if (match.find()) {
      return new String[] {rest.substring(0, match.start()), rest.substring(match.start() + 1)};
    }
    return new String[] {rest, ""};
  }

  /**
   * Builds the configuration of {@code fields}.
   *
   * @param field how the caller names this sink in errors, e.g. {@code sinks[0]}
   * @throws InvalidLogExportException naming every bad field as {@code field.name}
   */
  public static SinkConfig toConfig(Map<String, String> fields, String field) {
    List<FieldError> errors = new ArrayList<>();
    String kind = fields.getOrDefault("kind", "");
    if (!KINDS.contains(kind)) {
      throw invalid(field + ".kind", "must be one of " + KINDS + ", was " + kind);
    }
    Fields f = new Fields(fields, field, errors);
    f.allow(allowed(kind));
    String name = fields.getOrDefault("name", kind.replace('_', '-'));
    try {
      SinkConfig config =
          switch (kind) {
            case "file" ->
                new FileSinkConfig(
                    name,
                    f.path("directory"),
                    fields.getOrDefault("file_prefix", FileSinkConfig.DEFAULT_PREFIX),
                    f.number("max_file_bytes", FileSinkConfig.DEFAULT_MAX_FILE_BYTES),
                    f.duration("rotate_every", FileSinkConfig.DEFAULT_ROTATE_EVERY),
                    fields.containsKey("keep_files")
                        ? Integer.valueOf((int) f.number("keep_files", 0))
                        : null);
            case "http" ->
                new JsonBatchSinkConfig(
                    name, fields.get("url"), f.secret("authorization"), f.httpOptions());
            case "splunk_hec" ->
                new SplunkHecSinkConfig(
                    name,
                    fields.get("url"),
                    f.secret("token"),
                    fields.get("index"),
                    fields.get("source"),
                    fields.get("sourcetype"),
                    fields.get("host"),
                    f.httpOptions());
            case "elasticsearch" ->
                new ElasticsearchSinkConfig(
                    name,
                    fields.get("url"),
                    f.secret("api_key"),
                    fields.getOrDefault("index", ElasticsearchSinkConfig.DEFAULT_INDEX),
                    f.httpOptions());
            case "rules" -> new RuleSinkConfig(name);
            default ->
                new SyslogSinkConfig(
                    name,
                    fields.get("host"),
                    (int) f.number("port", 0),
                    f.choice("transport", SyslogSinkConfig.Transport.class, "tls"),
                    f.trust(),
                    f.choice("payload", SyslogSinkConfig.Payload.class, "json"),
                    (int) f.number("facility", SyslogSinkConfig.AUTHPRIV),
                    fields.get("hostname"),
                    f.duration("timeout", Duration.ofSeconds(30)));
          };
      if (!errors.isEmpty()) {
        throw new InvalidLogExportException(errors);
      }
      return config;
    } catch (InvalidSinkConfigException e) {
      errors.addAll(
          e.errors().stream()
              .map(error -> new FieldError(field + "." + error.field(), error.message()))
              .toList());
      throw new InvalidLogExportException(errors);
    }
  }

  /**
   * The fields of {@code config}; secrets are left out unless {@code withSecrets}.
   *
   * @throws IllegalArgumentException for a kind of configuration not listed here
   */
  public static Map<String, String> toFields(SinkConfig config, boolean withSecrets) {
    Map<String, String> fields = new TreeMap<>();
    fields.put("name", config.name());
    switch (config) {
      case FileSinkConfig file -> {
        fields.put("kind", "file");
        fields.put("directory", file.directory().toString());
        fields.put("file_prefix", file.filePrefix());
        fields.put("max_file_bytes", Long.toString(file.maxFileBytes()));
        fields.put("rotate_every", file.rotateEvery().toString());
        if (file.keepFiles() != null) {
          fields.put("keep_files", file.keepFiles().toString());
        }
      }
      case JsonBatchSinkConfig http -> {
        fields.put("kind", "http");
        fields.put("url", http.url());
        secret(fields, "authorization", http.authorization(), withSecrets);
        options(fields, http.options());
      }
      case SplunkHecSinkConfig hec -> {
        fields.put("kind", "splunk_hec");
        fields.put("url", hec.url());
        secret(fields, "token", hec.token(), withSecrets);
        optional(fields, "index", hec.index());
        optional(fields, "source", hec.source());
        optional(fields, "sourcetype", hec.sourcetype());
        optional(fields, "host", hec.host());
        options(fields, hec.options());
      }
      case ElasticsearchSinkConfig es -> {
        fields.put("kind", "elasticsearch");
        fields.put("url", es.url());
        secret(fields, "api_key", es.apiKey(), withSecrets);
        fields.put("index", es.index());
        options(fields, es.options());
      }
      case SyslogSinkConfig syslog -> {
        fields.put("kind", "syslog");
        fields.put("host", syslog.host());
        fields.put("port", Integer.toString(syslog.port()));
        fields.put("transport", syslog.transport().name().toLowerCase(Locale.ROOT));
        fields.put("payload", syslog.payload().name().toLowerCase(Locale.ROOT));
        fields.put("facility", Integer.toString(syslog.facility()));
        optional(fields, "hostname", syslog.hostname());
        fields.put("timeout", syslog.timeout().toString());
        trust(fields, syslog.trust());
      }
      case RuleSinkConfig rules -> fields.put("kind", "rules");
      default -> throw new IllegalArgumentException("cannot store a sink of kind " + config.kind());
    }
    return fields;
  }

  private static Set<String> allowed(String kind) {
    Set<String> http = Set.of("url", "timeout", "max_backoff", "ca_file");
    Set<String> kindFields =
        switch (kind) {
          case "file" ->
              Set.of("directory", "file_prefix", "max_file_bytes", "rotate_every", "keep_files");
          case "http" -> union(http, Set.of("authorization"));
          case "splunk_hec" ->
              union(http, Set.of("token", "index", "source", "sourcetype", "host"));
          case "elasticsearch" -> union(http, Set.of("api_key", "index"));
          case "rules" -> Set.of();
          default ->
              Set.of(
                  "host",
                  "port",
                  "transport",
                  "payload",
                  "facility",
                  "hostname",
                  "timeout",
                  "ca_file");
        };
    return union(kindFields, Set.of("kind", "name"));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static void secret(
      Map<String, String> fields, String name, Secret secret, boolean withSecrets) {
    if (secret != null) {
      fields.put(name, withSecrets ? secret.reveal() : STORED);
    }
  }

  private static void optional(Map<String, String> fields, String name, String value) {
    if (value != null) {
      fields.put(name, value);
    }
  }

  private static void options(Map<String, String> fields, HttpOptions options) {
    fields.put("timeout", options.timeout().toString());
    fields.put("max_backoff", options.maxBackoff().toString());
    trust(fields, options.trust());
  }

  private static void trust(Map<String, String> fields, TlsTrust trust) {
    if (trust != null && trust.caFile() != null) {
      fields.put("ca_file", trust.caFile().toString());
    }
  }

  private static InvalidLogExportException invalid(String field, String message) {
    return new InvalidLogExportException(List.of(new FieldError(field, message)));
  }

  /** Reads typed fields, collecting errors. */
  private record Fields(Map<String, String> fields, String prefix, List<FieldError> errors) {

    void allow(Set<String> allowed) {
      for (String key : fields.keySet()) {
        if (!allowed.contains(key)) {
          errors.add(
              new FieldError(
                  prefix + "." + key,
                  "is not a field of a "
                      + fields.get("kind")
                      + " sink; it has "
                      + new java.util.TreeSet<>(allowed)));
        }
      }
    }

    Path path(String name) {
      String value = fields.get(name);
      return value == null || value.isBlank() ? null : Path.of(value);
    }

    long number(String name, long fallback) {
      String value = fields.get(name);
      if (value == null) {
        return fallback;
      }
      try {
        return Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        errors.add(new FieldError(prefix + "." + name, "must be a whole number, was " + value));
        return fallback;
      }
    }

    Duration duration(String name, Duration fallback) {
      String value = fields.get(name);
      if (value == null) {
        return fallback;
      }
      try {
        return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        errors.add(
            new FieldError(
                prefix + "." + name, "must be an ISO-8601 duration such as PT30S, was " + value));
        return fallback;
      }
    }

    Secret secret(String name) {
      String value = fields.get(name);
      return value == null || value.isEmpty() ? null : Secret.of(value);
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, String fallback) {
      String value = fields.getOrDefault(name, fallback);
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            new FieldError(
                prefix + "." + name,
                "must be one of "
                    + java.util.Arrays.stream(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT))
                        .toList()
                    + ", was "
                    + value));
        return type.getEnumConstants()[0];
      }
    }

    TlsTrust trust() {
      Path ca = path("ca_file");
      return ca == null ? TlsTrust.jdkDefault() : TlsTrust.caFile(ca);
    }

    HttpOptions httpOptions() {
      HttpOptions defaults = HttpOptions.defaults();
      return new HttpOptions(
          duration("timeout", defaults.timeout()),
          duration("max_backoff", defaults.maxBackoff()),
          trust());
    }
  }
}
