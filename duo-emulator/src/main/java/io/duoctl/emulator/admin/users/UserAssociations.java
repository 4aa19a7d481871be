package io.duoctl.emulator.admin.users;

import io.duoctl.emulator.admin.internal.AccountLock;
import io.duoctl.emulator.admin.internal.Paging;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.model.World;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The steps the {@code /admin/v1/users/{user_id}/<things>} endpoints (phones, tokens, groups)
 * share: list the user's things, associate one under the account lock, disassociate one
 * idempotently (§7.2). What a thing is, how it is linked and what the admin log records stay with
 * each caller.
 */
public final class UserAssociations {

  private final World world;

  /** Associations over the users of {@code world}. */
  public UserAssociations(World world) {
    this.world = world;
  }

  /**
   * One page (at most {@link Paging#OTHERS_MAX}) of the things {@code linkedTo} the path's {@code
   * user_id}, each written by {@code view}.
   *
   * @throws io.duoctl.emulator.http.DuoError 404 if the user does not exist
   */
  public <T> ApiResult list(
      ApiCall call, Function<String, List<T>> linkedTo, Function<? super T, ?> view) {
    User user = users(call).require(call.pathVariable("user_id"));
    return Paging.page(call, linkedTo.apply(user.userId()), Paging.OTHERS_MAX, view);
  }

  /**
   * Reads the required parameter {@code idName}, then, under the account lock, hands the path's
   * user and that ID to {@code link}.
   *
   * @throws io.duoctl.emulator.http.DuoError 400 if the parameter is missing, 404 if the user does
   *     not exist, or whatever {@code link} throws
   */
  public ApiResult associate(ApiCall call, String idName, BiConsumer<User, String> link) {
    String thingId = call.requiredParam(idName);
    synchronized (AccountLock.of(call.account())) {
      User user = users(call).require(call.pathVariable("user_id"));
      link.accept(user, thingId);
    }
    return ApiResult.empty();
  }

  /**
   * Asks {@code unlink} to drop the path's {@code {idName}} from the path's {@code user_id}; only
   * if it did (it answers true) are the user ID and thing ID handed to {@code removed}. Answers
   * empty either way, so a repeated call is harmless.
   */
  public ApiResult disassociate(
      ApiCall call,
      String idName,
      BiPredicate<String, String> unlink,
      BiConsumer<String, String> removed) {
    String userId = call.pathVariable("user_id");
    String thingId = call.pathVariable(idName);
    if (unlink.test(userId, thingId)) {
      removed.accept(userId, thingId);
    }
    return ApiResult.empty();
  }

  /** The username of {@code userId}, or the ID itself once the user is gone. */
  public String username(ApiCall call, String userId) {
    return users(call).byId(userId).map(User::username).orElse(userId);
  }

  private UserDirectory users(ApiCall call) {
    return UserDirectory.of(world, call.account());
  }
}
