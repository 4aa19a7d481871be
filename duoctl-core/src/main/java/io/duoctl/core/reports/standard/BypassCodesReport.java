package io.duoctl.core.reports.standard;

import io.duoctl.client.admin.bypasscodes.BypassCode;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ReportDefinition;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Users with bypass codes: per user, how many codes, how many uses they have left and when the
 * first one expires (Duo's bypass code metadata, admin-api §6.5; the codes themselves never).
 */
final class BypassCodesReport {

  record Row(
      String userId,
      String username,
      long codes,
      long unlimitedCodes,
      long remainingUses,
      long neverExpiring,
      Instant firstExpiry) {}

  private BypassCodesReport() {}

  static ReportDefinition<Row> definition() {
    return ReportDefinition.of(
        "users_with_bypass_codes",
        "Users with bypass codes",
        "Per user with bypass codes: how many, the uses left, and the first expiry.",
        List.of(),
        List.of(
            Column.text("user_id", "Duo's user_id", Row::userId),
            Column.text("username", "The username", Row::username),
            Column.integer("codes", "Bypass codes the user holds", Row::codes),
            Column.integer(
                "unlimited_codes",
                "Codes that can be used any number of times",
                Row::unlimitedCodes),
            Column.integer(
                "remaining_uses", "Uses left of the other codes (reuse_count)", Row::remainingUses),
            Column.integer("never_expiring", "Codes without an expiry", Row::neverExpiring),
            Column.instant(
                "first_expiry",
                "When the first expiring code expires; empty when none expires",
                Row::firstExpiry)),
        (context, input, rows) -> {
          Map<String, Tally> users = new LinkedHashMap<>();
          for (BypassCode code : context.admin().bypassCodes().list()) {
            String userId = code.user() == null ? "" : code.user().userId();
            users
                .computeIfAbsent(
                    userId, id -> new Tally(id, code.user() == null ? "" : code.user().username()))
                .add(code);
          }
          users.values().forEach(tally -> rows.accept(tally.row()));
        });
  }

  /** One user's codes, counted as they are read. */
  private static final class Tally {
    private final String userId;
    private final String username;
    private long codes;
    private long unlimited;
    private long uses;
    private long neverExpiring;
    private Instant firstExpiry;

    Tally(String userId, String username) {
      this.userId = userId;
      this.username = username;
    }

    void add(BypassCode code) {
      codes++;
      if (code.reuseCount() == null) {
        unlimited++;
      } else {
        uses += code.reuseCount();
      }
      if (code.expiration() == null) {
        neverExpiring++;
      } else {
        Instant expiry = Instant.ofEpochSecond(code.expiration());
        firstExpiry = firstExpiry == null || expiry.isBefore(firstExpiry) ? expiry : firstExpiry;
      }
    }

    Row row() {
      return new Row(userId, username, codes, unlimited, uses, neverExpiring, firstExpiry);
    }
  }
}
