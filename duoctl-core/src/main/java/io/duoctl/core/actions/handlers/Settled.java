package io.duoctl.core.actions.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoConnectionException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Creates and deletes that look before they change and settle an unanswered change by looking
 * again, so that a timed-out answer is not reported as a failure and a rerun neither doubles nor
 * fails. An object found by its natural key (username, phone number, group name, administrator
 * email, child account name) before a create is reported as already existing; one missing before a
 * delete as already absent. When the change was sent and no answer came ({@link
 * DuoConnectionException#outcomeUnknown()}), the object is looked up: what Duo did is reported, or
 * {@link ErrorCode#OUTCOME_UNKNOWN} when the lookup cannot tell.
 */
final class Settled {

  /** Why an outcome differs from a plain create or delete, in the result's {@code outcome}. */
  static final String OUTCOME = "outcome";

  private Settled() {}

  /**
   * Creates {@code what} unless {@code lookup} finds it.
   *
   * @param what the object as people name it, e.g. {@code user "jdoe"}
   * @param lookup finds the object by its natural key
   * @param create makes it and returns it as Duo stored it
   * @param json the result data for the object
   */
  static <T> JsonNode create(
      String what, Supplier<Optional<T>> lookup, Supplier<T> create, Function<T, JsonNode> json) {
    Optional<T> existing = lookup.get();
    if (existing.isPresent()) {
      return noted(json.apply(existing.get()), "already_exists", what + " already exists");
    }
    try {
      return json.apply(create.get());
    } catch (DuoConnectionException unanswered) {
      if (!unanswered.outcomeUnknown()) {
        throw unanswered;
      }
      Optional<T> found = lookAgain(lookup, what, unanswered);
      if (found.isEmpty()) {
        throw unknown(
            unanswered,
            what
                + " is not there yet, but Duo may still be making it; check, or run again later"
                + " (a rerun finds it rather than creating it twice)");
      }
      return noted(
          json.apply(found.get()),
          "created_unanswered",
          "created (confirmed after the answer timed out)");
    }
  }

  /**
   * Deletes what {@code find} finds; reports an object already gone as absent.
   *
   * @param find the object, or empty when it does not exist
   * @param exists whether the found object still exists at Duo
   * @param delete deletes it
   * @param deleted the result data once it is gone
   * @param absent the result data when there was nothing to delete
   */
  static <T> JsonNode delete(
      String what,
      Supplier<Optional<T>> find,
      Function<T, Boolean> exists,
      Consumer<T> delete,
      Function<T, ObjectNode> deleted,
      Supplier<ObjectNode> absent) {
    Optional<T> target = find.get();
    if (target.isEmpty()) {
      return noted(absent.get(), "already_absent", what + " does not exist: nothing to delete");
    }
    T object = target.get();
    try {
      delete.accept(object);
      return deleted.apply(object);
    } catch (DuoConnectionException unanswered) {
      if (!unanswered.outcomeUnknown()) {
        throw unanswered;
      }
      boolean stillThere;
      try {
        stillThere = exists.apply(object);
      } catch (DuoApiException lookupFailed) {
        throw unknown(unanswered, "looking " + what + " up again failed too");
      }
      if (stillThere) {
        throw unknown(
            unanswered,
            what + " is still there, but Duo may still be deleting it; check, or run again later");
      }
      return noted(
          deleted.apply(object),
          "deleted_unanswered",
          "deleted (confirmed after the answer timed out)");
    }
  }

  /** The object by a lookup that may answer 404, empty when it does. */
  static <T> Optional<T> unlessNotFound(Supplier<T> lookup) {
    try {
      return Optional.of(lookup.get());
    } catch (DuoNotFoundException gone) {
      return Optional.empty();
    } catch (ActionFailure failure) {
      if (failure.code() == ErrorCode.NOT_FOUND) {
        return Optional.empty();
      }
      throw failure;
    }
  }

  private static <T> Optional<T> lookAgain(
      Supplier<Optional<T>> lookup, String what, DuoConnectionException unanswered) {
    try {
      return lookup.get();
    } catch (DuoApiException lookupFailed) {
      throw unknown(unanswered, "looking " + what + " up again failed too");
    }
  }

  private static ActionFailure unknown(DuoConnectionException unanswered, String settling) {
    return new ActionFailure(
        ErrorCode.OUTCOME_UNKNOWN,
        "no answer to the change, so Duo may or may not have made it: "
            + unanswered.getMessage()
            + "; "
            + settling);
  }

  private static JsonNode noted(JsonNode data, String outcome, String note) {
    ObjectNode out = data.isObject() ? ((ObjectNode) data).deepCopy() : ActionJson.object();
    if (!data.isObject()) {
      out.set("result", data);
    }
    return out.put(OUTCOME, outcome).put("note", note);
  }
}
