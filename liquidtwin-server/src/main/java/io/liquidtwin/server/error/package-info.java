/**
 * The one catalogue of errors a client of the server can see ({@link io.liquidtwin.server.error.Problem}): each has
 * an HTTP status and a DMTF Base registry message, so the Redfish service, the REST API and the ingest endpoint all
 * answer with the same Redfish error body ({@code error} with {@code @Message.ExtendedInfo}).
 */
package io.liquidtwin.server.error;
