/**
 * The Redfish resources of the security package: the SessionService (login, logout, session timeout) and the
 * AccountService (accounts, the three predefined roles, the lockout policy), with the privilege rules of DSP0266 and
 * the Redfish privilege registry: reading others' accounts needs ConfigureUsers, others' sessions ConfigureManager;
 * one's own account and sessions need only Login (read) and ConfigureSelf (password, logout).
 */
package io.liquidtwin.server.security.redfish;
