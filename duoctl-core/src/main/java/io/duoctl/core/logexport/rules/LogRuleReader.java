package io.duoctl.core.logexport.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.vocabulary.Durations;
import io.duoctl.core.vocabulary.WireNames;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a rule from its file form (YAML or JSON, the same fields) and writes it back without its
 * secret. Checks the shape of every field and lists every problem at once; the CEL is checked by
 * {@link LogRuleCel}. Thread-safe.
 *
 * <pre>
 * name: fraud-alert
 * enabled: true
 * condition: log == "authentication" &amp;&amp; event.result == "fraud"
 * aggregate: {group_by: event.user.name, at_least: 5, within: 10m}   # optional
 * max_per_hour: 60                                                    # optional
 * action:
 *   webhook: {url: https://soc.example/hooks/duo, secret: s3cret}     # or workflow: / email:
 * </pre>
 */
public final class LogRuleReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TOP =
      Set.of("name", "enabled", "condition", "aggregate", "max_per_hour", "action");
  private static final Set<String> AGGREGATE = Set.of("group_by", "at_least", "within");
  private static final Set<String> WEBHOOK = Set.of("url", "secret");
  private static final Set<String> WORKFLOW = Set.of("name", "inputs", "confirmed");
  private static final Set<String> EMAIL =
      Set.of("host", "port", "security", "username", "password", "from", "to", "subject");

  private LogRuleReader() {}

  /**
   * The rule in {@code text} (YAML, of which JSON is a part).
   *
   * @throws InvalidLogRuleException naming the line when it is not YAML, or every bad field
   */
  public static LogRuleDraft parse(String text) {
    JsonNode tree;
    try {
      tree = YAML.readTree(text == null ? "" : text);
    } catch (IOException e) {
      String where =
          e instanceof com.fasterxml.jackson.core.JsonProcessingException p
                  && p.getLocation() != null
              ? " at line " + p.getLocation().getLineNr()
              : "";
      throw new InvalidLogRuleException(
          List.of(new FieldError("rule", "is not valid YAML" + where + "; fix the file")));
    }
    return read(tree);
  }

  /**
   * The rule {@code tree} holds.
   *
   * @throws InvalidLogRuleException naming every bad field
   */
  public static LogRuleDraft read(JsonNode tree) {
    List<FieldError> errors = new ArrayList<>();
    if (tree == null || !tree.isObject()) {
      throw new InvalidLogRuleException(
          List.of(
              new FieldError(
                  "rule",
                  "must be an object with name, condition and action (README, Log rules)")));
    }
    unknown(tree, TOP, "", errors);
    String name = text(tree, "name", "name", errors, true);
    boolean enabled = bool(tree, "enabled", "enabled", true, errors);
    String condition = text(tree, "condition", "condition", errors, true);
    Optional<Aggregation> aggregation = aggregation(tree.get("aggregate"), errors);
    int maxPerHour =
        integer(tree, "max_per_hour", "max_per_hour", LogRule.DEFAULT_MAX_PER_HOUR, errors);
    if (maxPerHour < 1) {
      errors.add(new FieldError("max_per_hour", "must be at least 1"));
    }
    Secret[] secret = new Secret[1];
    RuleAction action = action(tree.get("action"), secret, errors);
    if (!errors.isEmpty()) {
      throw new InvalidLogRuleException(errors);
    }
    return new LogRuleDraft(
        name, enabled, condition, aggregation, maxPerHour, action, Optional.ofNullable(secret[0]));
  }

  /** The rule in its file form as JSON, without any secret. */
  public static ObjectNode write(LogRule rule) {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", rule.name());
    root.put("enabled", rule.enabled());
    root.put("condition", rule.condition());
    rule.aggregation()
        .ifPresent(
            a ->
                root.putObject("aggregate")
                    .put("group_by", a.groupBy())
                    .put("at_least", a.atLeast())
                    .put("within", a.within().toString()));
    root.put("max_per_hour", rule.maxPerHour());
    ObjectNode action = root.putObject("action");
    switch (rule.action()) {
      case RuleAction.Webhook w -> action.putObject("webhook").put("url", w.url().toString());
      case RuleAction.Workflow w -> {
        ObjectNode node = action.putObject("workflow").put("name", w.workflow());
        ObjectNode inputs = node.putObject("inputs");
        w.inputs().forEach(inputs::put);
        node.put("confirmed", w.confirmed());
      }
      case RuleAction.Email e -> {
        ObjectNode node =
            action
                .putObject("email")
                .put("host", e.host())
                .put("port", e.port())
                .put("security", WireNames.of(e.security()));
        e.username().ifPresent(u -> node.put("username", u));
        node.put("from", e.from());
        e.to().forEach(node.putArray("to")::add);
        node.put("subject", e.subject());
      }
    }
    return root;
  }

  private static Optional<Aggregation> aggregation(JsonNode node, List<FieldError> errors) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      errors.add(
          new FieldError(
              "aggregate", "must be an object: {group_by: ..., at_least: 5, within: 10m}"));
      return Optional.empty();
    }
    unknown(node, AGGREGATE, "aggregate.", errors);
    String groupBy = text(node, "group_by", "aggregate.group_by", errors, true);
    int atLeast = integer(node, "at_least", "aggregate.at_least", -1, errors);
    if (atLeast < 1) {
      errors.add(new FieldError("aggregate.at_least", "is required: a whole number, at least 1"));
    }
    String withinText = text(node, "within", "aggregate.within", errors, true);
    Duration within = withinText == null ? null : Durations.find(withinText).orElse(null);
    if (withinText != null && (within == null || within.isZero() || within.isNegative())) {
      errors.add(
          new FieldError(
              "aggregate.within",
              "\"" + withinText + "\" is not a duration; write " + Durations.EXPECTED));
    }
    if (groupBy == null || atLeast < 1 || within == null) {
      return Optional.empty();
    }
    return Optional.of(new Aggregation(groupBy, atLeast, within));
  }

  private static RuleAction action(JsonNode node, Secret[] secret, List<FieldError> errors) {
    if (node == null || !node.isObject() || node.size() != 1) {
      errors.add(
          new FieldError(
              "action", "must hold exactly one of webhook, workflow or email (README, Log rules)"));
      return null;
    }
    String kind = node.fieldNames().next();
    JsonNode body = node.get(kind);
    String at = "action." + kind;
    if (!body.isObject()) {
      errors.add(new FieldError(at, "must be an object"));
      return null;
    }
    return switch (kind) {
      case "webhook" -> webhook(body, at, secret, errors);
      case "workflow" -> workflow(body, at, errors);
      case "email" -> email(body, at, secret, errors);
      default -> {
        errors.add(
            new FieldError(
                "action", "unknown action \"" + kind + "\"; use webhook, workflow or email"));
        yield null;
      }
    };
  }

  private static RuleAction webhook(
      JsonNode body, String at, Secret[] secret, List<FieldError> errors) {
    unknown(body, WEBHOOK, at + ".", errors);
    String url = text(body, "url", at + ".url", errors, true);
    secret(body, "secret", at + ".secret", secret, errors);
    URI uri = url == null ? null : httpUri(url, at + ".url", errors);
    return uri == null ? null : new RuleAction.Webhook(uri);
  }

  private static URI httpUri(String url, String field, List<FieldError> errors) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    errors.add(new FieldError(field, "must be an http or https URL, e.g. https://soc.example/duo"));
    return null;
  }

  private static RuleAction workflow(JsonNode body, String at, List<FieldError> errors) {
    unknown(body, WORKFLOW, at + ".", errors);
    String workflow = text(body, "name", at + ".name", errors, true);
    Map<String, String> inputs = new LinkedHashMap<>();
    JsonNode node = body.get("inputs");
    if (node != null && !node.isNull()) {
      if (!node.isObject()) {
        errors.add(
            new FieldError(
                at + ".inputs", "must map input names to CEL, e.g. {username: event.user.name}"));
      } else {
        node.properties()
            .forEach(
                e -> {
                  if (e.getValue().isTextual()
                      || e.getValue().isNumber()
                      || e.getValue().isBoolean()) {
                    inputs.put(e.getKey(), e.getValue().asText());
                  } else {
                    errors.add(
                        new FieldError(
                            at + ".inputs." + e.getKey(), "must be a CEL expression as text"));
                  }
                });
      }
    }
    boolean confirmed = bool(body, "confirmed", at + ".confirmed", false, errors);
    return workflow == null ? null : new RuleAction.Workflow(workflow, inputs, confirmed);
  }

  private static RuleAction email(
      JsonNode body, String at, Secret[] secret, List<FieldError> errors) {
    unknown(body, EMAIL, at + ".", errors);
    String host = text(body, "host", at + ".host", errors, true);
    String securityText = text(body, "security", at + ".security", errors, false);
    MailSecurity security = MailSecurity.STARTTLS;
    if (securityText != null) {
      try {
        security = WireNames.parse(MailSecurity.class, securityText, at + ".security");
      } catch (RuntimeException e) {
        errors.add(
            new FieldError(
                at + ".security",
                "\"" + securityText + "\" is not one of " + WireNames.listed(MailSecurity.class)));
      }
    }
    int defaultPort =
        switch (security) {
          case TLS -> 465;
          case STARTTLS -> 587;
          case NONE -> 25;
        };
    int port = integer(body, "port", at + ".port", defaultPort, errors);
    if (port < 1 || port > 65_535) {
      errors.add(new FieldError(at + ".port", "must be a port number, 1 to 65535"));
    }
    Optional<String> username =
        Optional.ofNullable(text(body, "username", at + ".username", errors, false));
    secret(body, "password", at + ".password", secret, errors);
    if (secret[0] != null && username.isEmpty()) {
      errors.add(new FieldError(at + ".username", "is required with a password"));
    }
    String from = text(body, "from", at + ".from", errors, true);
    List<String> to = new ArrayList<>();
    JsonNode toNode = body.get("to");
    if (toNode != null && toNode.isTextual()) {
      to.add(toNode.textValue());
    } else if (toNode != null && toNode.isArray()) {
      toNode.forEach(t -> to.add(t.asText()));
    }
    if (to.isEmpty()) {
      errors.add(new FieldError(at + ".to", "is required: an address or a list of addresses"));
    }
    to.stream()
        .filter(a -> !a.contains("@"))
        .forEach(a -> errors.add(new FieldError(at + ".to", "\"" + a + "\" is not an address")));
    if (from != null && !from.contains("@")) {
      errors.add(new FieldError(at + ".from", "\"" + from + "\" is not an address"));
    }
    String subject = text(body, "subject", at + ".subject", errors, false);
    if (subject == null) {
      subject = "[duoctl] {rule} fired in {org}";
    }
    SubjectTemplate.problem(subject).ifPresent(p -> errors.add(new FieldError(at + ".subject", p)));
    if (host == null || from == null || to.isEmpty()) {
      return null;
    }
    return new RuleAction.Email(host, port, security, username, from, to, subject);
  }

  private static void secret(
      JsonNode body, String key, String field, Secret[] secret, List<FieldError> errors) {
    String value = text(body, key, field, errors, false);
    if (value != null) {
      secret[0] = Secret.of(value);
    }
  }

  private static void unknown(
      JsonNode node, Set<String> known, String at, List<FieldError> errors) {
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (!known.contains(f)) {
                errors.add(
                    new FieldError(
                        at + f,
                        "is not a field here; the fields are "
                            + String.join(", ", known.stream().sorted().toList())));
              }
            });
  }

  private static String text(
      JsonNode node, String key, String field, List<FieldError> errors, boolean required) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return null;
    }
    if (!value.isValueNode() || value.asText().isBlank()) {
      errors.add(new FieldError(field, "must be non-empty text"));
      return null;
    }
    return value.asText();
  }

  private static boolean bool(
      JsonNode node, String key, String field, boolean absent, List<FieldError> errors) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return absent;
    }
    if (!value.isBoolean()) {
      errors.add(new FieldError(field, "must be true or false"));
      return absent;
    }
    return value.booleanValue();
  }

  private static int integer(
      JsonNode node, String key, String field, int absent, List<FieldError> errors) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return absent;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      errors.add(new FieldError(field, "must be a whole number"));
      return absent;
    }
    return value.intValue();
  }
}
