package io.duoctl.core.actions.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.admin.phones.Phone;
import io.duoctl.client.admin.phones.PhoneDetails;
import io.duoctl.client.admin.phones.PhoneType;
import io.duoctl.client.admin.phones.SmsActivationRequest;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.UserSummary;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionInput;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.Field;
import io.duoctl.core.actions.Outcome;
import io.duoctl.core.actions.PhoneNumbers;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Phones: list, get, create, update, delete, assign/unassign, activation and SMS. */
final class PhoneActions {

  private PhoneActions() {}

  /** phones.assign and phones.unassign: attach or detach one phone of one user. */
  private static ActionDefinition assignment(
      String id, String title, String description, boolean attach) {
    return ActionDefinition.define(id)
        .title(title)
        .description(description)
        .input(Field.user("user").required(), phoneRef())
        .output(
            "{user_id, phone_id}, with outcome "
                + (attach ? "already_exists" : "already_absent")
                + " and a note when "
                + (attach ? "already attached" : "not attached"))
        .changes()
        .looksFirst()
        .handledBy(
            (ctx, in) -> {
              User user = ctx.user(in.requireText("user"));
              Phone phone = ctx.phone(in.requireText("phone"));
              Settled.Link link =
                  new Settled.Link(
                      "phone " + label(phone), "attached to user \"" + user.username() + "\"");
              BooleanSupplier attachedNow =
                  () -> hasUser(ctx.admin().phones().get(phone.phoneId()).users(), user);
              Supplier<ObjectNode> result =
                  () ->
                      ActionJson.object()
                          .put("user_id", user.userId())
                          .put("phone_id", phone.phoneId());
              return attach
                  ? Settled.add(
                      link,
                      hasUser(phone.users(), user),
                      attachedNow,
                      () -> ctx.admin().users().addPhone(user.userId(), phone.phoneId()),
                      result)
                  : Settled.remove(
                      link,
                      hasUser(phone.users(), user),
                      attachedNow,
                      () -> ctx.admin().users().removePhone(user.userId(), phone.phoneId()),
                      result);
            });
  }

  /** The phone's number, or its id when it has none (tablets). */
  private static String label(Phone phone) {
    return phone.number() == null || phone.number().isEmpty() ? phone.phoneId() : phone.number();
  }

  private static boolean hasUser(List<UserSummary> users, User user) {
    return users.stream().anyMatch(u -> user.userId().equals(u.userId()));
  }

  static Field phoneRef() {
    return Field.string(
            "phone", "The phone: phone_id (DP…) or number in E.164, e.g. +4915112345678")
        .required()
        .minLength(1);
  }

  static List<ActionDefinition> definitions() {
    return List.of(
        ActionDefinition.define("phones.list")
            .title("List phones")
            .description("Lists the organization's phones, with their users.")
            .input(
                Field.phoneNumber("number", "Only the phone with this number (E.164, any country)"),
                Listing.limit(10_000))
            .output("An array of phones")
            .reads()
            .handledBy(
                (ctx, in) ->
                    in.text("number")
                        .map(
                            n ->
                                ActionJson.of(
                                    ctx.admin().phones().findByNumber(n).stream().toList()))
                        .orElseGet(
                            () ->
                                Listing.take(
                                    ctx.admin().phones().list(),
                                    in.number("limit").orElseThrow()))),
        ActionDefinition.define("phones.get")
            .title("Get a phone")
            .description("One phone by phone_id or number.")
            .input(phoneRef())
            .output("The phone with its users")
            .reads()
            .handledBy((ctx, in) -> ActionJson.of(ctx.phone(in.requireText("phone")))),
        ActionDefinition.define("phones.list_for_user")
            .title("List a user's phones")
            .description("The phones attached to a user.")
            .input(Field.user("user").required())
            .output("An array of phones")
            .reads()
            .handledBy(
                (ctx, in) ->
                    Listing.take(
                        ctx.admin().users().phones(ctx.user(in.requireText("user")).userId()),
                        Listing.MAX_LIMIT)),
        ActionDefinition.define("phones.create")
            .title("Create a phone")
            .description(
                "Creates a phone; with user, also attaches it to that user. Numbers from any"
                    + " country, in E.164. When a phone with the number exists, it is used instead"
                    + " (outcome already_exists when nothing else was needed: no user, or the user"
                    + " already attached), so a rerun never creates or attaches it twice.")
            .input(
                Field.phoneNumber("number", "The number in E.164, e.g. +442079460958").required(),
                Field.string("type", "mobile or landline")
                    .oneOf("mobile", "landline")
                    .defaultsTo("mobile"),
                Field.string("platform", "e.g. Apple iOS, Google Android, Generic Smartphone"),
                Field.string("name", "A name for the phone"),
                Field.string("extension", "Extension to dial (landlines)"),
                Field.user("user"))
            .output(
                "The phone as Duo stored it, with its users; with outcome already_exists and a"
                    + " note when nothing was sent")
            .changes()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  User user = in.has("user") ? ctx.user(in.requireText("user")) : null;
                  String number = in.requireText("number");
                  String e164 = PhoneNumbers.normalise(number).orElse(number);
                  JsonNode phone =
                      Settled.create(
                          "phone " + e164,
                          () -> ctx.admin().phones().findByNumber(e164),
                          () -> ctx.admin().phones().create(details(in)),
                          ActionJson::of);
                  if (user == null) {
                    return phone;
                  }
                  if (isAttached(phone, user)) {
                    return ((ObjectNode) phone)
                        .put(
                            Outcome.NOTE,
                            "phone "
                                + e164
                                + " already exists and is attached to user \""
                                + user.username()
                                + "\"");
                  }
                  ctx.admin().users().addPhone(user.userId(), phone.path("phone_id").asText());
                  return attachedTo(phone, user);
                }),
        ActionDefinition.define("phones.update")
            .title("Update a phone")
            .description("Changes a phone's number, name, type, platform or extension.")
            .input(
                phoneRef(),
                Field.phoneNumber("number", "The new number in E.164"),
                Field.string("type", "mobile or landline").oneOf("mobile", "landline"),
                Field.string("platform", "e.g. Apple iOS, Google Android"),
                Field.string("name", "A name for the phone"),
                Field.string("extension", "Extension to dial"))
            .output("The changed phone")
            .changes()
            .handledBy(
                (ctx, in) -> {
                  Phone phone = ctx.phone(in.requireText("phone"));
                  return ActionJson.of(ctx.admin().phones().update(phone.phoneId(), details(in)));
                }),
        ActionDefinition.define("phones.delete")
            .title("Delete a phone")
            .description(
                "Deletes a phone from the account and from every user it was attached to. A phone"
                    + " that does not exist is reported with outcome already_absent.")
            .input(phoneRef())
            .output("{deleted: phone_id}, or {phone, outcome: already_absent}")
            .destroys()
            .looksFirst()
            .handledBy(
                (ctx, in) -> {
                  String reference = in.requireText("phone");
                  return Settled.delete(
                      "phone " + reference,
                      () -> Settled.unlessNotFound(() -> ctx.phone(reference)),
                      phone ->
                          Settled.unlessNotFound(() -> ctx.admin().phones().get(phone.phoneId()))
                              .isPresent(),
                      phone -> ctx.admin().phones().delete(phone.phoneId()),
                      phone -> ActionJson.object().put("deleted", phone.phoneId()),
                      () -> ActionJson.object().put("phone", reference));
                }),
        assignment(
            "phones.assign",
            "Assign a phone to a user",
            "Attaches an existing phone to a user.",
            true),
        assignment(
            "phones.unassign",
            "Un-assign a phone from a user",
            "Detaches a phone from a user (HTTP DELETE); the phone itself stays.",
            false),
        ActionDefinition.define("phones.activation_url")
            .title("Create an activation URL")
            .description(
                "Creates a Duo Mobile activation link for the phone (shown once; send it yourself).")
            .input(
                phoneRef(),
                Field.integer("valid_secs", "How long the link is valid (default 24 h)")
                    .min(1)
                    .max(604_800),
                Field.bool("install", "Also return an installation URL").defaultsTo(false))
            .output("{activation_url, activation_barcode, installation_url, valid_secs}")
            .changes()
            .secretOutputs("activation_url", "activation_barcode", "installation_url")
            .handledBy(
                (ctx, in) -> {
                  Phone phone = ctx.phone(in.requireText("phone"));
                  return ActionJson.of(
                      ctx.admin()
                          .phones()
                          .activationUrl(
                              phone.phoneId(),
                              Duration.ofSeconds(in.number("valid_secs").orElse(86_400L)),
                              in.bool("install").orElse(false)));
                }),
        ActionDefinition.define("phones.send_activation_sms")
            .title("Send activation by SMS")
            .description("Texts a Duo Mobile activation link (and optionally an install link).")
            .input(
                phoneRef(),
                Field.integer("valid_secs", "How long the link is valid (default 24 h)")
                    .min(1)
                    .max(604_800),
                Field.bool("install", "Also send an installation link"),
                Field.string("installation_msg", "Custom text; must contain <insturl>")
                    .pattern("<insturl>"),
                Field.string("activation_msg", "Custom text; must contain <acturl>")
                    .pattern("<acturl>"))
            .output("{activation_barcode, activation_msg, installation_msg, valid_secs}")
            .changes()
            .secretOutputs("activation_barcode")
            .handledBy(
                (ctx, in) -> {
                  Phone phone = ctx.phone(in.requireText("phone"));
                  SmsActivationRequest.Builder b = SmsActivationRequest.builder();
                  in.number("valid_secs").map(Duration::ofSeconds).ifPresent(b::validFor);
                  in.bool("install").ifPresent(b::install);
                  in.text("installation_msg").ifPresent(b::installationMsg);
                  in.text("activation_msg").ifPresent(b::activationMsg);
                  return ActionJson.of(
                      ctx.admin()
                          .phones()
                          .sendActivationSms(
                              phone.phoneId(),
                              ClientRequests.fromInput("activation SMS", b::build)));
                }),
        ActionDefinition.define("phones.send_installation_sms")
            .title("Send installation by SMS")
            .description("Texts a link to install Duo Mobile.")
            .input(
                phoneRef(),
                Field.string("installation_msg", "Custom text; must contain <insturl>")
                    .pattern("<insturl>"))
            .output("{installation_msg}")
            .changes()
            .handledBy(
                (ctx, in) -> {
                  Phone phone = ctx.phone(in.requireText("phone"));
                  String sent =
                      ctx.admin()
                          .phones()
                          .sendInstallationSms(
                              phone.phoneId(), in.text("installation_msg").orElse(null));
                  return ActionJson.object().put("installation_msg", sent);
                }),
        ActionDefinition.define("phones.send_sms_passcodes")
            .title("Send passcodes by SMS")
            .description("Texts a new batch of passcodes to the phone.")
            .input(phoneRef())
            .output("{result: sent}")
            .changes()
            .handledBy(
                (ctx, in) -> {
                  ctx.admin()
                      .phones()
                      .sendSmsPasscodes(ctx.phone(in.requireText("phone")).phoneId());
                  return Listing.done("sent");
                }));
  }

  /** Whether Duo lists {@code user} among the users of {@code phone}. */
  private static boolean isAttached(JsonNode phone, User user) {
    for (JsonNode attached : phone.path("users")) {
      if (user.userId().equals(attached.path("user_id").asText())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code phone} with {@code user} among its users, as Duo lists it after the attach. A phone
   * found rather than created no longer reports {@link Outcome#ALREADY_EXISTS}: the attach changed
   * it.
   */
  private static JsonNode attachedTo(JsonNode phone, User user) {
    if (!(phone instanceof ObjectNode object)) {
      return phone;
    }
    if (Outcome.of(object).filter(Outcome.ALREADY_EXISTS::equals).isPresent()) {
      object.remove(Outcome.FIELD);
      object.put(
          Outcome.NOTE,
          "phone "
              + object.path("number").asText()
              + " existed already; attached it to user \""
              + user.username()
              + "\"");
    }
    ArrayNode users =
        object.path("users") instanceof ArrayNode existing ? existing : object.putArray("users");
    users.add(
        ActionJson.of(
            new UserSummary(
                user.userId(),
                user.username(),
                user.realname(),
                user.email(),
                user.status(),
                user.lastLogin())));
    return phone;
  }

  private static PhoneDetails details(ActionInput in) {
    PhoneDetails.Builder b = PhoneDetails.builder();
    in.text("number").ifPresent(b::number);
    in.text("name").ifPresent(b::name);
    in.text("extension").ifPresent(b::extension);
    in.text("type").map(t -> PhoneType.valueOf(t.toUpperCase(Locale.ROOT))).ifPresent(b::type);
    in.text("platform").ifPresent(b::platform);
    return b.build();
  }
}
