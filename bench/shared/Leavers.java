import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.admin.bypass.BypassCode;
import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.admin.bypass.BypassRequest;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.phones.PhonePlatform;
import io.duoctl.emulator.admin.phones.PhoneType;
import io.duoctl.emulator.admin.tokens.HardwareToken;
import io.duoctl.emulator.admin.tokens.HardwareTokens;
import io.duoctl.emulator.admin.tokens.TokenType;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.record.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The person {@code offboard-everywhere} offboards, seeded into every child account of an emulated
 * MSP: the workflow benches' shared fixture, and the emulator's requests told apart by the child
 * account they were for.
 */
final class Leavers {

  /** The leaver's username in every child account. */
  static final String USERNAME = "leaver";

  private Leavers() {}

  /**
   * What was seeded in one child account.
   *
   * @param tokenId the hardware token attached to the leaver, or null
   */
  record Seeded(
      Account child, String userId, String phoneId, List<String> codeIds, String tokenId) {}

  /**
   * Adds {@link #USERNAME} to every child account of the parent, with an activated phone attached,
   * {@code codes} bypass codes and, in every {@code tokenEvery}-th child (0: none), a hardware
   * token attached.
   *
   * @return what each child got, children by name
   */
  static List<Seeded> seed(DuoEmulator duo, int codes, int tokenEvery) {
    List<Account> children =
        duo.world().children(BenchMsp.parent(duo).id()).stream()
            .sorted(Comparator.comparing(Account::name))
            .toList();
    List<Seeded> seeded = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      Account child = children.get(i);
      User user =
          UserDirectory.of(duo.world(), child)
              .create(User.builder(USERNAME).email(USERNAME + "@example.com").realname("Lee Ver"));
      PhoneBook phones = PhoneBook.of(duo.world(), child);
      Phone phone =
          phones.create(
              Phone.builder()
                  .number(String.format("+1415555%04d", i % 10_000))
                  .type(PhoneType.MOBILE)
                  .platform(PhonePlatform.APPLE_IOS)
                  .activated(true));
      phones.attach(phone.phoneId(), user.userId());
      BypassCodes bypass = BypassCodes.of(duo.world(), child);
      bypass.create(user.userId(), new BypassRequest(codes, List.of(), 1, Duration.ZERO, false));
      List<String> codeIds =
          bypass.codesOf(user.userId()).stream().map(BypassCode::bypassCodeId).toList();
      String tokenId = null;
      if (tokenEvery > 0 && i % tokenEvery == 0) {
        HardwareTokens tokens = HardwareTokens.of(duo.world(), child);
        HardwareToken token =
            tokens.create(
                HardwareToken.of(TokenType.H6, String.format("leaver-%04d", i), "3132333435"));
        tokens.attach(token.tokenId(), user.userId());
        tokenId = token.tokenId();
      }
      seeded.add(new Seeded(child, user.userId(), phone.phoneId(), codeIds, tokenId));
    }
    return seeded;
  }

  /**
   * The requests for each child account (named by its {@code account_id}, as every request made
   * with the parent's Accounts API keys is), in the order they arrived; requests for no child are
   * left out.
   */
  static Map<String, List<RecordedRequest>> byChild(List<RecordedRequest> requests) {
    Map<String, List<RecordedRequest>> byChild = new HashMap<>();
    for (RecordedRequest request : requests) {
      String accountId = request.param("account_id");
      if (accountId != null) {
        byChild.computeIfAbsent(accountId, id -> new ArrayList<>()).add(request);
      }
    }
    byChild
        .values()
        .forEach(list -> list.sort(Comparator.comparingLong(RecordedRequest::sequence)));
    return byChild;
  }
}
