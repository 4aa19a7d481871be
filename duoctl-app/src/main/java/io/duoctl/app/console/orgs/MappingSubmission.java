package io.duoctl.app.console.orgs;

import io.duoctl.core.mapping.DuoAccount;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.vocabulary.InvalidValueException;
import io.duoctl.core.vocabulary.WireNames;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes a posted organizations table asks for: only rows whose mapping or access mode differs
 * from what the page showed, and directory keys typed in. Every organization on the page posts its
 * id ({@code org}), its account field ({@code account.<id>}) and what was shown ({@code was.<id>}).
 *
 * @param mappings organization id → account id, or null to clear
 * @param modes organization id → new access mode
 * @param directoryKeys organization id → the key typed (never shown back)
 * @param typed organization id → account text as typed, to show again on errors
 * @param errors organization id → why its account text could not be read
 */
record MappingSubmission(
    Map<String, String> mappings,
    Map<String, AccessMode> modes,
    Map<String, Secret> directoryKeys,
    Map<String, String> typed,
    Map<String, String> errors) {

  static MappingSubmission read(Context ctx, List<DuoAccount> accounts) {
    Map<String, String> mappings = new LinkedHashMap<>();
    Map<String, AccessMode> modes = new LinkedHashMap<>();
    Map<String, Secret> keys = new LinkedHashMap<>();
    Map<String, String> typed = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (String id : ctx.formParams("org")) {
      String text = value(ctx, "duo_account_id." + id);
      typed.put(id, text);
      String was = value(ctx, "was_duo_account_id." + id);
      try {
        String chosen = AccountChoice.resolve(text, accounts).orElse(null);
        if (!Objects.equals(chosen, was.isEmpty() ? null : was)) {
          mappings.put(id, chosen);
        }
      } catch (IllegalArgumentException e) {
        errors.put(id, e.getMessage());
      }
      String mode = value(ctx, "access_mode." + id);
      if (!mode.isEmpty() && !mode.equals(value(ctx, "was_access_mode." + id))) {
        try {
          modes.put(id, WireNames.parse(AccessMode.class, mode, "access_mode"));
        } catch (InvalidValueException e) {
          errors.put(id, "access mode " + e.problem());
        }
      }
      String key = value(ctx, "dkey." + id);
      if (!key.isEmpty()) {
        keys.put(id, Secret.of(key));
      }
    }
    return new MappingSubmission(mappings, modes, keys, typed, errors);
  }

  private static String value(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value.strip();
  }
}
