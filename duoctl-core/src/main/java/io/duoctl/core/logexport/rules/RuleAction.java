package io.duoctl.core.logexport.rules;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule does when it fires: exactly one of a webhook call, a workflow run or an e-mail. No
 * action holds a secret: a webhook's signing secret and an SMTP password live in the vault.
 */
public sealed interface RuleAction {

  /**
   * The action's kind as written in a rule file: {@code webhook}, {@code workflow}, {@code email}.
   */
  String kind();

  /**
   * POSTs the firing as JSON ({@code rule}, {@code org}, {@code log}, {@code group}, {@code
   * events}) to {@code url}, signed with HMAC-SHA256 when the rule has a signing secret.
   */
  record Webhook(URI url) implements RuleAction {
    public Webhook {
      Objects.requireNonNull(url, "url");
    }

    @Override
    public String kind() {
      return "webhook";
    }
  }

  /**
   * Starts {@code workflow} with inputs given as CEL expressions over the event.
   *
   * @param inputs input name to CEL expression, in order
   * @param confirmed whether its runs may run destructive actions in several organizations
   */
  record Workflow(String workflow, Map<String, String> inputs, boolean confirmed)
      implements RuleAction {
    public Workflow {
      Objects.requireNonNull(workflow, "workflow");
      inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    @Override
    public String kind() {
      return "workflow";
    }
  }

  /**
   * Sends an e-mail over SMTP.
   *
   * @param username the SMTP user, or empty to send without authentication
   * @param subject the subject, with {@code {rule}}, {@code {org}}, {@code {log}}, {@code {group}}
   *     and {@code {count}} replaced
   */
  record Email(
      String host,
      int port,
      MailSecurity security,
      Optional<String> username,
      String from,
      List<String> to,
      String subject)
      implements RuleAction {
    public Email {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(security, "security");
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(from, "from");
      to = List.copyOf(to);
      Objects.requireNonNull(subject, "subject");
    }

    @Override
    public String kind() {
      return "email";
    }
  }
}
