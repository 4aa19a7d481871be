package io.duoctl.client.admin.phones;

import static io.duoctl.client.internal.Paths.segment;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.internal.Require;
import io.duoctl.client.internal.Wire;
import io.duoctl.client.paging.Paged;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Duo phones and tablets ({@code /admin/v1/phones}): lookup, lifecycle, Duo Mobile activation and
 * SMS. Every method throws a {@link DuoApiException} subclass when Duo refuses; activation and SMS
 * calls fail for phones whose type or platform is unknown. Immutable and thread-safe.
 */
public final class Phones {

  /** Duo's maximum page size for {@code /admin/v1/phones}. */
  public static final int PAGE_SIZE = 500;

  private static final String PHONES = "/admin/v1/phones";

  private final ApiClient api;

  public Phones(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** Every phone, fetched lazily. */
  public Paged<Phone> list() {
    return api.offsetPaged(DuoRequest.get(PHONES), Phone.class, PAGE_SIZE);
  }

  /**
   * The phone with this number (E.164, e.g. {@code +15555550100}), if any. Duo ignores dashes and
   * spaces and assumes {@code +1} without a leading {@code +}.
   */
  public Optional<Phone> findByNumber(String number) {
    DuoRequest lookup = DuoRequest.get(PHONES).param("number", Require.text(number, "number"));
    return api.callList(lookup, Phone.class).stream().findFirst();
  }

  /**
   * The phone with this id, with its users.
   *
   * @throws DuoNotFoundException if there is none
   */
  public Phone get(String phoneId) {
    return api.call(DuoRequest.get(phonePath(phoneId)), Phone.class);
  }

  /** Creates a phone and returns it as Duo stored it. */
  public Phone create(PhoneDetails phone) {
    return api.call(DuoRequest.post(PHONES).params(phone.toParams()), Phone.class);
  }

  /**
   * Changes the given attributes of a phone and returns it.
   *
   * @throws IllegalArgumentException if {@code changes} changes nothing
   */
  public Phone update(String phoneId, PhoneDetails changes) {
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("a phone update needs at least one change");
    }
    return api.call(DuoRequest.post(phonePath(phoneId)).params(changes.toParams()), Phone.class);
  }

  /** Deletes the phone; succeeds also when it is already gone. */
  public void delete(String phoneId) {
    api.call(DuoRequest.delete(phonePath(phoneId)));
  }

  /**
   * Makes a new Duo Mobile activation code for the phone (invalidating an earlier one).
   *
   * @param validFor how long the code stays valid; null for Duo's default of 24 hours
   * @param install whether to also return an installation URL
   */
  public Activation activationUrl(String phoneId, Duration validFor, boolean install) {
    if (validFor != null && (validFor.isNegative() || validFor.isZero())) {
      throw new IllegalArgumentException("validFor must be positive");
    }
    DuoRequest request =
        DuoRequest.post(phonePath(phoneId) + "/activation_url")
            .paramIfPresent("valid_secs", validFor == null ? null : validFor.toSeconds())
            .param("install", Wire.flag(install));
    return api.call(request, Activation.class);
  }

  /** Texts an activation link (and optionally an installation link first) to the phone. */
  public SmsActivation sendActivationSms(String phoneId, SmsActivationRequest options) {
    return api.call(
        DuoRequest.post(phonePath(phoneId) + "/send_sms_activation").params(options.toParams()),
        SmsActivation.class);
  }

  /**
   * Texts a Duo Mobile installation link to the phone.
   *
   * @param installationMsg the text, containing {@code <insturl>}; null for Duo's text
   * @return the text that was sent, or null if Duo did not say
   */
  public String sendInstallationSms(String phoneId, String installationMsg) {
    if (installationMsg != null && !installationMsg.contains("<insturl>")) {
      throw new IllegalArgumentException("installationMsg must contain the placeholder <insturl>");
    }
    DuoRequest request =
        DuoRequest.post(phonePath(phoneId) + "/send_sms_installation")
            .paramIfPresent("installation_msg", installationMsg);
    return api.call(request).path("installation_msg").textValue();
  }

  /** Texts a new batch of SMS passcodes to the phone. */
  public void sendSmsPasscodes(String phoneId) {
    api.call(DuoRequest.post(phonePath(phoneId) + "/send_sms_passcodes"));
  }

  private static String phonePath(String phoneId) {
    return PHONES + "/" + segment(phoneId, "phoneId");
  }
}
