package io.duoctl.client.admin.bypasscodes;

import java.util.List;

/**
 * The plaintext bypass codes Duo created, the only time they can be read. {@link #toString()} shows
 * how many there are, never the codes.
 *
 * @param codes the codes, as Duo sent them (digit strings that may start with zeros)
 */
public record GeneratedBypassCodes(List<String> codes) {

  public GeneratedBypassCodes {
    codes = List.copyOf(codes);
  }

  @Override
  public String toString() {
    return "GeneratedBypassCodes[" + codes.size() + " codes, values hidden]";
  }
}
