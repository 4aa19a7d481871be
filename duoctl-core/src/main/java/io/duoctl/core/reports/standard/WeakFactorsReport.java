package io.duoctl.core.reports.standard;

import io.duoctl.client.admin.phones.Phone;
import io.duoctl.client.admin.users.User;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.ReportDefinition;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Weak or missing factors: users without a phone, with phones that can only receive SMS or calls,
 * or with phones none of which can take a Duo Push.
 */
final class WeakFactorsReport {

  record Row(
      String userId,
      String username,
      String status,
      long phones,
      String capabilities,
      String weakness) {}

  private static final Set<String> TELEPHONY = Set.of("sms", "phone");

  private WeakFactorsReport() {}

  static ReportDefinition<Row> definition() {
    return ReportDefinition.of(
        "weak_factors",
        "Weak or missing factors",
        "Users without a phone (no_phone), whose phones can only receive SMS or calls"
            + " (sms_or_call_only), or whose phones cannot take a Duo Push (no_push).",
        List.of(),
        List.of(
            Column.text("user_id", "Duo's user_id", Row::userId),
            Column.text("username", "The username", Row::username),
            Column.text("status", "The user's status in Duo", Row::status),
            Column.integer("phones", "Phones of the user", Row::phones),
            Column.text(
                "capabilities", "What the user's phones can do, joined with ;", Row::capabilities),
            Column.text("weakness", "no_phone, sms_or_call_only or no_push", Row::weakness)),
        (context, input, rows) -> {
          for (User user : context.admin().users().list()) {
            Set<String> capabilities = new TreeSet<>();
            for (Phone phone : user.phones()) {
              capabilities.addAll(phone.capabilities());
            }
            String weakness = weakness(user, capabilities);
            if (weakness != null) {
              rows.accept(
                  new Row(
                      user.userId(),
                      user.username(),
                      Users.status(user),
                      user.phones().size(),
                      String.join(";", capabilities),
                      weakness));
            }
          }
        });
  }

  private static String weakness(User user, Set<String> capabilities) {
    if (user.phones().isEmpty()) {
      return "no_phone";
    }
    if (capabilities.contains("push")) {
      return null;
    }
    return TELEPHONY.containsAll(capabilities) ? "sms_or_call_only" : "no_push";
  }
}
