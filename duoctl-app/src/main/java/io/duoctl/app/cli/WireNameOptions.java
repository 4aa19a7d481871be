package io.duoctl.app.cli;

import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.vocabulary.InvalidValueException;
import io.duoctl.core.vocabulary.WireNames;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Enum-typed options and parameters read and offered in their wire names ({@code child_account},
 * {@code v5}) through the one parser, {@link WireNames}; a bad value is a usage error naming the
 * option and every accepted value.
 */
final class WireNameOptions {
  private static final List<Class<? extends Enum<?>>> TYPES =
      List.of(AccessMode.class, ApiScope.class, DuoApi.class, SignatureVersion.class);

  private WireNameOptions() {}

  static void register(CommandLine cli) {
    for (Class<? extends Enum<?>> type : TYPES) {
      register(cli, type);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void register(CommandLine cli, Class<? extends Enum<?>> type) {
    Class raw = type;
    cli.registerConverter(raw, text -> parse(raw, text));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text) {
    try {
      return WireNames.parse(type, text, "value");
    } catch (InvalidValueException e) {
      throw new TypeConversionException(e.problem());
    }
  }

  /** Completion candidates and {@code ${COMPLETION-CANDIDATES}}: the wire names of one enum. */
  abstract static class Candidates<E extends Enum<E>> implements Iterable<String> {
    private final Class<E> type;

    Candidates(Class<E> type) {
      this.type = type;
    }

    @Override
    public Iterator<String> iterator() {
      return WireNames.all(type).iterator();
    }
  }

  static final class AccessModes extends Candidates<AccessMode> {
    AccessModes() {
      super(AccessMode.class);
    }
  }

  static final class Scopes extends Candidates<ApiScope> {
    Scopes() {
      super(ApiScope.class);
    }
  }

  static final class SignatureVersions extends Candidates<SignatureVersion> {
    SignatureVersions() {
      super(SignatureVersion.class);
    }
  }
}
