package io.duoctl.core.settings;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The input rules for one API's keys, shared by configurations and organizations with their own
 * keys. Error messages name the field and never echo a secret.
 */
public final class ApiKeyRules {
  /** Length of a Duo integration key. */
  public static final int INTEGRATION_KEY_LENGTH = 20;

  /** Length of a Duo secret key. */
  public static final int SECRET_KEY_LENGTH = 40;

  private static final Pattern INTEGRATION_KEY = Pattern.compile("DI[0-9A-Z]{18}");

  private ApiKeyRules() {}

  /**
   * Adds to {@code errors} every problem of {@code input}, whose fields are named {@code
   * <prefix>.host}, {@code <prefix>.integration_key} and {@code <prefix>.secret_key}.
   *
   * @param secretStored whether a secret key is stored already (so null keeps it)
   */
  public static void check(
      String prefix, ApiCredentialsInput input, boolean secretStored, List<FieldError> errors) {
    HostNames.problem(input.host()).ifPresent(p -> errors.add(new FieldError(prefix + ".host", p)));
    String ikey = input.integrationKey() == null ? "" : input.integrationKey().strip();
    if (ikey.isEmpty()) {
      errors.add(
          new FieldError(
              prefix + ".integration_key",
              "is required; copy the integration key (20 characters, starting DI) from the"
                  + " application's page in the Duo Admin Panel"));
    } else if (!INTEGRATION_KEY.matcher(ikey).matches()) {
      errors.add(
          new FieldError(
              prefix + ".integration_key",
              "must be 20 characters starting DI (letters and digits), but has "
                  + ikey.length()
                  + " characters"
                  + (ikey.startsWith("DI") ? "" : " and does not start with DI")
                  + "; copy it again from the Duo Admin Panel"));
    }
    Secret skey = input.secretKey();
    if (skey == null && !secretStored) {
      errors.add(
          new FieldError(
              prefix + ".secret_key",
              "is required; copy the secret key (40 characters) from the application's page in"
                  + " the Duo Admin Panel"));
    } else if (skey != null && skey.reveal().strip().length() != SECRET_KEY_LENGTH) {
      errors.add(
          new FieldError(
              prefix + ".secret_key",
              "must be 40 characters, but has "
                  + skey.reveal().strip().length()
                  + "; copy the whole secret key from the Duo Admin Panel"));
    }
  }

  /**
   * Checks only the hosts and integration keys of {@code inputs}, so that a caller can reject them
   * before it asks anyone for secret keys.
   *
   * @throws InvalidSettingsException naming every bad field
   */
  public static void requireValidHostsAndIntegrationKeys(Map<DuoApi, ApiCredentialsInput> inputs) {
    List<FieldError> errors = new ArrayList<>();
    inputs.forEach(
        (api, input) ->
            check(
                api.fieldPrefix(),
                new ApiCredentialsInput(input.host(), input.integrationKey(), null),
                true,
                errors));
    if (!errors.isEmpty()) {
      throw new InvalidSettingsException(errors);
    }
  }

  /** The input with host and keys stripped of surrounding whitespace. */
  public static ApiCredentialsInput normalized(ApiCredentialsInput input) {
    return new ApiCredentialsInput(
        input.host().strip().toLowerCase(Locale.ROOT),
        input.integrationKey().strip(),
        input.secretKey() == null ? null : Secret.of(input.secretKey().reveal().strip()));
  }
}
