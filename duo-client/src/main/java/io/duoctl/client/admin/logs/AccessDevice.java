package io.duoctl.client.admin.logs;

/**
 * The device an authentication was started from. Any part may be null.
 *
 * @param ip the IP address
 * @param hostname the host name
 * @param os the operating system
 * @param osVersion its version
 * @param browser the browser
 * @param browserVersion its version
 * @param epkey the endpoint key
 * @param location where the device was
 */
public record AccessDevice(
    String ip,
    String hostname,
    String os,
    String osVersion,
    String browser,
    String browserVersion,
    String epkey,
    Location location) {}
