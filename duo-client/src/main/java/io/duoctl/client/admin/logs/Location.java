package io.duoctl.client.admin.logs;

/**
 * Where an access or authentication device was, as Duo geolocated it; parts may be null.
 *
 * @param city the city
 * @param state the state or region
 * @param country the country
 */
public record Location(String city, String state, String country) {}
