package io.duoctl.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.access.ApiToken;
import io.duoctl.core.access.CreatedApiToken;
import io.duoctl.core.access.InvalidApiTokenException;
import io.duoctl.core.access.TokenLifetime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl tokens}: bearer tokens for the REST API. */
@Command(
    name = "tokens",
    description = "REST API tokens: create (shown once), list, revoke.",
    subcommands = {
      TokensCommand.Create.class,
      TokensCommand.ListTokens.class,
      TokensCommand.Revoke.class
    })
final class TokensCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TokensCommand() {}

  static String time(Optional<Instant> at) {
    return at.map(TokensCommand::time).orElse("");
  }

  static String time(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  @Command(
      name = "create",
      description =
          "Creates a token and prints it once; only its hash is kept, so it cannot be shown again.")
  static final class Create extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "A unique name, e.g. n8n-prod.")
    String name;

    @Option(
        names = "--scope",
        paramLabel = "SCOPE",
        defaultValue = "read",
        completionCandidates = WireNameOptions.Scopes.class,
        description =
            "read, run (also runs actions) or admin (also changes settings). Default: read.")
    ApiScope scope;

    @Option(
        names = "--expires-in",
        paramLabel = "DURATION",
        description = "Lifetime such as 90d, 12h or 2w. Default: never expires.")
    String expiresIn;

    @Override
    int run(Duoctl app) {
      Optional<Duration> lifetime = Optional.empty();
      if (expiresIn != null) {
        try {
          lifetime = Optional.of(TokenLifetime.parse(expiresIn));
        } catch (InvalidApiTokenException e) {
          throw new UsageException("--expires-in: " + e.errors().get(0).message());
        }
      }
      CreatedApiToken created = app.apiTokens().create(name, scope, lifetime, app.actor());
      ApiToken token = created.token();
      switch (options.output) {
        case table -> {
          out()
              .println(
                  "Created API token \""
                      + token.name()
                      + "\" with scope "
                      + token.scope().wireName()
                      + token.expiresAt().map(at -> ", expiring " + time(at)).orElse(", no expiry")
                      + ".");
          out().println();
          out().println("  " + created.plaintext());
          out().println();
          out()
              .println(
                  "Copy it now: it will not be shown again. Send it as 'Authorization: Bearer <token>'.");
          out().flush();
        }
        case xlsx -> throw AppOptions.xlsxRefused();
        case json, jsonl -> {
          say("Copy the token now: it will not be shown again.");
          out().println(json(created, options.output == AppOptions.Format.json));
          out().flush();
        }
        case csv -> {
          say("Copy the token now: it will not be shown again.");
          print(
              new Table("name", "id", "scope", "prefix", "created", "expires", "token")
                  .row(
                      token.name(),
                      token.id(),
                      token.scope().wireName(),
                      token.prefix(),
                      time(token.createdAt()),
                      time(token.expiresAt()),
                      created.plaintext()));
        }
      }
      return ErrorHandler.OK;
    }

    private static String json(CreatedApiToken created, boolean pretty) {
      ApiToken token = created.token();
      ObjectNode node = JSON.createObjectNode();
      node.put("name", token.name())
          .put("id", token.id())
          .put("scope", token.scope().wireName())
          .put("prefix", token.prefix())
          .put("created_at", token.createdAt().toString())
          .put("expires_at", token.expiresAt().map(Instant::toString).orElse(null))
          .put("token", created.plaintext());
      try {
        return pretty
            ? JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node)
            : JSON.writeValueAsString(node);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    }
  }

  @Command(name = "list", description = "Lists tokens (never their secrets), newest first.")
  static final class ListTokens extends AppCommand {
    @Override
    int run(Duoctl app) {
      Instant now = app.clock().instant();
      List<ApiToken> tokens = app.apiTokens().list();
      Table table =
          new Table(
              "name",
              "scope",
              "status",
              "prefix",
              "created",
              "created_by",
              "last_used",
              "expires",
              "revoked",
              "id");
      for (ApiToken t : tokens) {
        table.row(
            t.name(),
            t.scope().wireName(),
            t.status(now),
            t.prefix(),
            time(t.createdAt()),
            t.createdBy(),
            time(t.lastUsedAt()),
            time(t.expiresAt()),
            time(t.revokedAt()),
            t.id());
      }
      print(table);
      if (tokens.isEmpty()) {
        say("No API tokens yet; create one with duoctl tokens create NAME --scope read|run|admin");
      }
      return ErrorHandler.OK;
    }
  }

  @Command(name = "revoke", description = "Revokes a token; it stops working at once.")
  static final class Revoke extends AppCommand {
    @Parameters(paramLabel = "NAME|ID", description = "The token's name or id.")
    String token;

    @Override
    int run(Duoctl app) {
      ApiToken revoked = app.apiTokens().revoke(token, app.actor());
      say(
          "Revoked API token \""
              + revoked.name()
              + "\" ("
              + revoked.prefix()
              + "…); requests with it are refused from now on.");
      return ErrorHandler.OK;
    }
  }
}
