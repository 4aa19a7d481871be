package io.duoctl.client.admin.logs;

/**
 * The device that approved or denied an authentication. Any part may be null.
 *
 * @param ip the IP address
 * @param key the phone or device id
 * @param name the device's name, usually the phone number
 * @param location where the device was
 */
public record AuthDevice(String ip, String key, String name, Location location) {}
