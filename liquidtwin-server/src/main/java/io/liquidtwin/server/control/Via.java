package io.liquidtwin.server.control;

/** The interface a command came in through. */
public enum Via {
    /** The Redfish service ({@code /redfish/v1/...}). */
    redfish,
    /** The REST API ({@code /api/...}). */
    api
}
