package io.duoctl.app.demo;

import io.duoctl.app.Duoctl;
import io.duoctl.core.mapping.MatchSuggestion;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ApiCredentialsInput;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.ProxySettings;
import io.duoctl.core.settings.ValidationReport;
import io.duoctl.emulator.IntegrationKeys;
import java.util.List;
import java.util.Set;

/**
 * Sets a fresh duoctl up against the demo's emulated Duo the way a technician would: the nine
 * integration parameters saved and validated, the MSP's customer list entered and matched to the
 * Duo child accounts (confident suggestions accepted, the weaker one confirmed by hand), each
 * mapped customer's own Auth API keys entered (the Auth API is never reached through the parent's
 * keys), so that Duo Push verification works, and the directory key of one customer set for
 * directory sync.
 */
public final class DemoSetup {
  /**
   * The configuration the demo saves: the default one, named as {@code duoctl config set} names it
   * without {@code --config}.
   */
  public static final String CONFIGURATION = "default";

  /** Who the demo's own changes are recorded as, in the audit log. */
  public static final String ACTOR = "demo:setup";

  /** The customers as the MSP's PSA names them; the last one has no Duo account yet. */
  static final List<NewOrganization> CUSTOMERS =
      List.of(
          NewOrganization.named("Harbor Dental").withTags(Set.of("healthcare", "pilot")),
          NewOrganization.named("Cedar Ridge Law").withTags(Set.of("legal", "pilot")),
          NewOrganization.named("Bluebird Bakery").withTags(Set.of("retail")),
          NewOrganization.named("Maple Street Veterinary").withTags(Set.of("healthcare")));

  private final Duoctl duoctl;

  public DemoSetup(Duoctl duoctl) {
    this.duoctl = duoctl;
  }

  /**
   * Applies the setup to an empty duoctl.
   *
   * @throws IllegalStateException if the emulated Duo does not accept the keys, so that the demo
   *     never starts half-configured
   */
  public DemoState apply(DemoDuo duo) {
    ValidationReport report = saveAndValidateSettings(duo);
    if (!report.allOk()) {
      throw new IllegalStateException(
          "the emulated Duo rejected the demo's keys: " + report.checks().values());
    }
    duoctl.mapping().refreshAccounts(CONFIGURATION, duoctl.accountDirectory(), ACTOR);
    for (NewOrganization customer : CUSTOMERS) {
      duoctl.organizations().create(customer.inConfiguration(CONFIGURATION), ACTOR);
    }
    int bySuggestion = duoctl.mapping().applySuggestions(CONFIGURATION, ACTOR).size();
    int byHand = confirmRemainingMatches();
    enterOwnAuthApiKeys(duo);
    Organization harbor =
        duoctl.organizations().getByNameOrId(CONFIGURATION, CUSTOMERS.getFirst().name());
    duoctl
        .organizationKeys()
        .setDirectoryKey(harbor.id(), Secret.of(DemoDuo.HARBOR_DENTAL_DIRECTORY_KEY), ACTOR);
    return new DemoState(
        report, duoctl.organizations().listAll(CONFIGURATION), bySuggestion, byHand);
  }

  /**
   * Maps the organizations whose best match was too weak to apply on its own, as a person would.
   */
  private int confirmRemainingMatches() {
    int confirmed = 0;
    for (MatchSuggestion suggestion : duoctl.mapping().suggest(CONFIGURATION)) {
      if (suggestion.best().isPresent()) {
        duoctl
            .mapping()
            .map(suggestion.organizationId(), suggestion.best().get().accountId(), ACTOR);
        confirmed++;
      }
    }
    return confirmed;
  }

  private void enterOwnAuthApiKeys(DemoDuo duo) {
    for (Organization org : duoctl.organizations().listAll(CONFIGURATION)) {
      if (org.isMapped()) {
        duo.childAuthApi(org.duoAccountId())
            .ifPresent(
                keys ->
                    duoctl
                        .organizationKeys()
                        .setOwnKeys(
                            org.id(),
                            DuoApi.AUTH,
                            new ApiCredentialsInput(
                                keys.apiHostname(),
                                keys.integrationKey(),
                                Secret.of(keys.secretKey())),
                            ACTOR));
      }
    }
  }

  private ValidationReport saveAndValidateSettings(DemoDuo duo) {
    var proxy = new ProxySettings("127.0.0.1", duo.emulator().proxyAddress().getPort(), null, null);
    ConfigurationUpdate update =
        ConfigurationUpdate.named(CONFIGURATION)
            .withAdvanced(AdvancedSettings.defaults().withProxy(proxy).withAllowPlainHttp(true));
    for (DuoApi api : DuoApi.values()) {
      IntegrationKeys keys = duo.keys(api);
      update =
          update.withApi(
              api, keys.apiHostname(), keys.integrationKey(), Secret.of(keys.secretKey()));
    }
    duoctl.settings().save(update, ACTOR);
    return duoctl.settings().validate(CONFIGURATION, duoctl.validator(), ACTOR);
  }

  /**
   * What the setup left behind.
   *
   * @param validation the validation report of the three APIs
   * @param organizations every organization of the demo configuration
   * @param mappedBySuggestion how many were mapped by accepting confident suggestions
   * @param mappedByHand how many were mapped by confirming a weaker suggestion
   */
  public record DemoState(
      ValidationReport validation,
      List<Organization> organizations,
      int mappedBySuggestion,
      int mappedByHand) {
    public DemoState {
      organizations = List.copyOf(organizations);
    }
  }
}
