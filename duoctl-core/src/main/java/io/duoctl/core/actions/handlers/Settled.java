package io.duoctl.core.actions.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoConnectionException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Changes that look at Duo before they change it and send nothing when Duo is already as asked, so
 * that a rerun neither doubles nor fails and says it had nothing to do ({@link Outcome}). An object
 * found by its natural key (username, phone number, group name, administrator email, child account
 * name) before a create is reported as already existing, one missing before a delete as already
 * absent; a link (a user in a group, a phone or token on a user) likewise; an update whose fields
 * all have their values already as unchanged. When a create, delete or link change was sent and no
 * answer came ({@link DuoConnectionException#outcomeUnknown()}), Duo is looked at again: what it
 * did is reported, or {@link ErrorCode#OUTCOME_UNKNOWN} when the lookup cannot tell. An update that
 * goes unanswered is not settled here: a rerun compares again and sends it only if still needed.
 */
final class Settled {

  private Settled() {}

  /**
   * A link between two objects as people say it: {@code what} is (or is not) {@code where}, e.g.
   * {@code user "jdoe"} {@code in group "Staff"}, {@code phone +14155550123} {@code attached to
   * user "jdoe"}.
   */
  record Link(String what, String where) {

    private Wording wording() {
      return new Wording(
          what + " is already " + where,
          what
              + " is not "
              + where
              + " yet, but Duo may still be adding it; check, or run again later",
          "added (confirmed after the answer timed out)",
          what + " is not " + where + ": nothing to remove",
          what
              + " is still "
              + where
              + ", but Duo may still be removing it; check, or run again later",
          "removed (confirmed after the answer timed out)",
          "looking again whether " + what + " is " + where + " failed too");
    }
  }

  /** The notes and messages of one kind of change, found or settled. */
  private record Wording(
      String present,
      String notYetMade,
      String made,
      String absent,
      String notYetRemoved,
      String removed,
      String lookupFailed) {

    static Wording object(String what) {
      return new Wording(
          what + " already exists",
          what
              + " is not there yet, but Duo may still be making it; check, or run again later"
              + " (a rerun finds it rather than creating it twice)",
          "created (confirmed after the answer timed out)",
          what + " does not exist: nothing to delete",
          what + " is still there, but Duo may still be deleting it; check, or run again later",
          "deleted (confirmed after the answer timed out)",
          "looking " + what + " up again failed too");
    }
  }

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
    return make(Wording.object(what), lookup.get(), lookup, create, json);
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
    return unmake(Wording.object(what), find.get(), exists, delete, deleted, absent);
  }

  /**
   * Adds {@code link} unless it is there.
   *
   * @param linked whether Duo has the link, as just looked up
   * @param lookAgain looks again whether Duo has it, after a change that went unanswered
   * @param add makes the link
   * @param result the result data, the same whether the link was added or found
   */
  static JsonNode add(
      Link link,
      boolean linked,
      BooleanSupplier lookAgain,
      Runnable add,
      Supplier<ObjectNode> result) {
    return make(
        link.wording(),
        present(linked),
        () -> present(lookAgain.getAsBoolean()),
        () -> {
          add.run();
          return Boolean.TRUE;
        },
        added -> result.get());
  }

  /**
   * Removes {@code link} unless it is absent.
   *
   * @param linked whether Duo has the link, as just looked up
   * @param lookAgain looks again whether Duo has it, after a change that went unanswered
   * @param remove removes the link
   * @param result the result data, the same whether the link was removed or absent
   */
  static JsonNode remove(
      Link link,
      boolean linked,
      BooleanSupplier lookAgain,
      Runnable remove,
      Supplier<ObjectNode> result) {
    return unmake(
        link.wording(),
        present(linked),
        found -> lookAgain.getAsBoolean(),
        found -> remove.run(),
        found -> result.get(),
        result);
  }

  /**
   * Updates {@code what} unless every field asked for has its value already.
   *
   * @param what the object as people name it, e.g. {@code user "jdoe"}
   * @param current the object as Duo has it now
   * @param asked the fields asked for, as the input names them
   * @param differing those of {@code asked} whose value differs from {@code current}
   * @param update sends the update and returns the object as Duo stored it
   * @param json the result data for the object
   */
  static <T> JsonNode update(
      String what,
      T current,
      List<String> asked,
      List<String> differing,
      Supplier<T> update,
      Function<T, JsonNode> json) {
    if (differing.isEmpty()) {
      return noted(
          json.apply(current),
          Outcome.UNCHANGED,
          what + " already has the " + String.join(", ", asked) + " asked for: nothing to change");
    }
    return json.apply(update.get());
  }

  /**
   * {@code data} reported {@link Outcome#ALREADY_ABSENT}: what a delete would remove is not there.
   */
  static JsonNode absent(ObjectNode data, String note) {
    return noted(data, Outcome.ALREADY_ABSENT, note);
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

  private static <T> JsonNode make(
      Wording wording,
      Optional<T> existing,
      Supplier<Optional<T>> lookAgain,
      Supplier<T> make,
      Function<T, JsonNode> json) {
    if (existing.isPresent()) {
      return noted(json.apply(existing.get()), Outcome.ALREADY_EXISTS, wording.present());
    }
    try {
      return json.apply(make.get());
    } catch (DuoConnectionException unanswered) {
      if (!unanswered.outcomeUnknown()) {
        throw unanswered;
      }
      Optional<T> found;
      try {
        found = lookAgain.get();
      } catch (DuoApiException lookupFailed) {
        throw unknown(unanswered, wording.lookupFailed());
      }
      if (found.isEmpty()) {
        throw unknown(unanswered, wording.notYetMade());
      }
      return noted(json.apply(found.get()), Outcome.CREATED_UNANSWERED, wording.made());
    }
  }

  private static <T> JsonNode unmake(
      Wording wording,
      Optional<T> target,
      Function<T, Boolean> exists,
      Consumer<T> delete,
      Function<T, ObjectNode> deleted,
      Supplier<ObjectNode> absent) {
    if (target.isEmpty()) {
      return noted(absent.get(), Outcome.ALREADY_ABSENT, wording.absent());
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
        throw unknown(unanswered, wording.lookupFailed());
      }
      if (stillThere) {
        throw unknown(unanswered, wording.notYetRemoved());
      }
      return noted(deleted.apply(object), Outcome.DELETED_UNANSWERED, wording.removed());
    }
  }

  /** A found link as the object the create and delete steps work on. */
  private static Optional<Boolean> present(boolean linked) {
    return linked ? Optional.of(Boolean.TRUE) : Optional.empty();
  }

  private static ActionFailure unknown(DuoConnectionException unanswered, String settling) {
    return new ActionFailure(
        ErrorCode.OUTCOME_UNKNOWN,
        "no answer to the change, so Duo may or may not have made it: "
            + unanswered.getMessage()
            + "; "
            + settling);
  }

  private static JsonNode noted(JsonNode data, Outcome outcome, String note) {
    ObjectNode out = data.isObject() ? ((ObjectNode) data).deepCopy() : ActionJson.object();
    if (!data.isObject()) {
      out.set("result", data);
    }
    return out.put(Outcome.FIELD, outcome.wireValue()).put(Outcome.NOTE, note);
  }
}
