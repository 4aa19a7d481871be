/**
 * Admin API phones (admin-api.md §5.4, §6.2) and the devices' scripted push answers.
 *
 * <ul>
 *   <li>{@link io.duoctl.emulator.admin.phones.PhoneBook#of PhoneBook.of(world, account)}: {@code
 *       create(Phone.builder().number("555-0100").type(PhoneType.MOBILE)
 *       .platform(PhonePlatform.APPLE_IOS).activated(true).behaviour(DeviceBehaviour.deny()))},
 *       {@code attach(phoneId, userId)}, {@code phonesOf(userId)} (with {@code capabilities()}),
 *       {@code behaviour(phoneId, ...)}, {@code activate(phoneId)}, {@code byNumber}.
 *   <li>{@link io.duoctl.emulator.admin.phones.DeviceBehaviour}: approve, deny, fraud or timeout,
 *       optionally {@code after(delay)}; {@code answerAfter(elapsed)} is what the Auth API and the
 *       verification push read.
 *   <li>Numbers are normalised to E.164 by {@link io.duoctl.emulator.admin.phones.PhoneNumbers}.
 * </ul>
 */
package io.duoctl.emulator.admin.phones;
