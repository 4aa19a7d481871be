package io.duoctl.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl phones ...}: short forms of the phones.* actions. */
@Command(
    name = "phones",
    description =
        "Lists, shows, creates, deletes, attaches, detaches and activates phones (short forms of"
            + " phones.* actions). A phone is its phone_id (DP…) or its number in E.164.",
    subcommands = {
      PhonesCommand.ListPhones.class,
      PhonesCommand.GetPhone.class,
      PhonesCommand.CreatePhone.class,
      PhonesCommand.DeletePhone.class,
      PhonesCommand.Attach.class,
      PhonesCommand.Detach.class,
      PhonesCommand.Activate.class,
      PhonesCommand.SendSmsActivation.class
    })
final class PhonesCommand {
  static final ItemView VIEW =
      ItemView.of(
          "phone_id", "number", "type", "platform", "name", "activated", "users=users.username");

  private PhonesCommand() {}

  /** A command about one phone, named by the first parameter. */
  abstract static class OnePhone extends ActionCommand {
    @Parameters(
        index = "0",
        paramLabel = "PHONE",
        description = "phone_id (DP…) or number in E.164, e.g. +4915112345678.")
    String phone;

    @Override
    void fill(ActionFields fields) {
      fields.put("phone", phone);
    }
  }

  /** A command that ties one phone to one user. */
  abstract static class PhoneAndUser extends OnePhone {
    @Option(
        names = "--user",
        required = true,
        paramLabel = "USER",
        description = "user_id (DU…), username, alias or email.")
    String user;

    @Override
    void fill(ActionFields fields) {
      super.fill(fields);
      fields.put("user", user);
    }

    @Override
    ItemView view() {
      return ItemView.of("user_id", "phone_id");
    }
  }

  @Command(
      name = "list",
      description = "Lists phones (phones.list), or one user's (phones.list_for_user).",
      footerHeading = "%nExamples:%n",
      footer = {
        "  duoctl phones list --org Acme",
        "  duoctl phones list --user jdoe --org Acme",
        "  duoctl phones list --number +442079460958 --all-orgs"
      })
  static final class ListPhones extends ActionCommand {
    @Option(names = "--user", paramLabel = "USER", description = "Only this user's phones.")
    String user;

    @Option(
        names = "--number",
        paramLabel = "E164",
        description = "Only the phone with this number.")
    String number;

    @Option(names = "--limit", paramLabel = "N", description = "At most N phones per organization.")
    Integer limit;

    @Override
    String actionId() {
      return user != null ? "phones.list_for_user" : "phones.list";
    }

    @Override
    void fill(ActionFields fields) {
      if (user != null && (number != null || limit != null)) {
        throw new UsageException("--user lists all of a user's phones: drop --number and --limit");
      }
      fields.put("user", user).put("number", number).put("limit", limit);
    }

    @Override
    ItemView view() {
      return VIEW;
    }
  }

  @Command(
      name = "get",
      description = "Shows one phone with its users (phones.get).",
      footerHeading = "%nExamples:%n",
      footer = {
        "  duoctl phones get +15555550100 --org Acme",
        "  duoctl phones get DPABC --org Acme"
      })
  static final class GetPhone extends OnePhone {
    @Override
    String actionId() {
      return "phones.get";
    }

    @Override
    ItemView view() {
      return VIEW;
    }
  }

  @Command(
      name = "create",
      description = "Creates a phone (phones.create), attached to --user when given.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  duoctl phones create +442079460958 --user jdoe --org Acme",
        "  duoctl phones create +15555550100 --type landline --extension 42 --org Acme"
      })
  static final class CreatePhone extends ActionCommand {
    @Parameters(paramLabel = "NUMBER", description = "The number in E.164, any country.")
    String number;

    @Option(names = "--user", paramLabel = "USER", description = "Attach it to this user.")
    String user;

    @Option(names = "--type", paramLabel = "TYPE", description = "mobile (default) or landline.")
    String type;

    @Option(
        names = "--platform",
        paramLabel = "PLATFORM",
        description = "e.g. 'Apple iOS', 'Google Android', 'Generic Smartphone'.")
    String platform;

    @Option(names = "--name", paramLabel = "NAME", description = "A name for the phone.")
    String name;

    @Option(names = "--extension", paramLabel = "EXT", description = "Extension (landlines).")
    String extension;

    @Override
    String actionId() {
      return "phones.create";
    }

    @Override
    void fill(ActionFields fields) {
      fields
          .put("number", number)
          .put("user", user)
          .put("type", type)
          .put("platform", platform)
          .put("name", name)
          .put("extension", extension);
    }

    @Override
    ItemView view() {
      return VIEW;
    }
  }

  @Command(
      name = "delete",
      description = "Deletes a phone from the account and from its users (phones.delete).",
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl phones delete +15555550100 --org Acme"})
  static final class DeletePhone extends OnePhone {
    @Override
    String actionId() {
      return "phones.delete";
    }

    @Override
    ItemView view() {
      return ItemView.of("deleted");
    }
  }

  @Command(
      name = "attach",
      description = "Attaches an existing phone to a user (phones.assign).",
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl phones attach +15555550100 --user jdoe --org Acme"})
  static final class Attach extends PhoneAndUser {
    @Override
    String actionId() {
      return "phones.assign";
    }
  }

  @Command(
      name = "detach",
      description = "Detaches a phone from a user; the phone stays (phones.unassign).",
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl phones detach +15555550100 --user jdoe --org Acme"})
  static final class Detach extends PhoneAndUser {
    @Override
    String actionId() {
      return "phones.unassign";
    }
  }

  /** A command that makes a Duo Mobile activation link for one phone. */
  abstract static class ActivationLink extends OnePhone {
    @Option(
        names = "--valid-secs",
        paramLabel = "S",
        description = "How long the link is valid (default 24 h).")
    Long validSecs;

    @Option(names = "--install", description = "Also give an installation link.")
    Boolean install;

    @Override
    void fill(ActionFields fields) {
      super.fill(fields);
      fields.put("valid_secs", validSecs).put("install", install);
    }
  }

  @Command(
      name = "activate",
      description = {
        "Creates a Duo Mobile activation link for the phone (phones.activation_url).",
        "The link is shown once and not stored: send it to the user yourself."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl phones activate +15555550100 --valid-secs 3600 --org Acme"})
  static final class Activate extends ActivationLink {
    @Override
    String actionId() {
      return "phones.activation_url";
    }
  }

  @Command(
      name = "send-sms-activation",
      description = "Texts a Duo Mobile activation link to the phone (phones.send_activation_sms).",
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl phones send-sms-activation +15555550100 --install --org Acme"})
  static final class SendSmsActivation extends ActivationLink {
    @Override
    String actionId() {
      return "phones.send_activation_sms";
    }
  }
}
