package io.duoctl.core.orgs.check;

import io.duoctl.core.settings.ApiCheck;
import io.duoctl.core.settings.DuoApi;

/**
 * One imported line of a keys CSV and, when validated, the check of its API keys.
 *
 * @param line the line in the file (1 is the header)
 * @param organization the organization's name
 * @param api the API whose own keys the line set, or null for a line with only a directory key
 * @param directoryKeySet whether the line set the directory key (checked for form only)
 * @param check the signed call's result for {@code api}, or null when not validated
 * @param fix the command that fixes a failed check, or null
 */
public record ImportedKeys(
    int line,
    String organization,
    DuoApi api,
    boolean directoryKeySet,
    ApiCheck check,
    String fix) {

  /** Whether the line's keys failed validation. */
  public boolean failed() {
    return check != null && !check.ok();
  }
}
