/**
 * Who may do what: accounts with PBKDF2-hashed passwords (no default password; the first start generates the
 * administrator's into an owner-only file), sessions with X-Auth-Token, HTTP Basic, and the Redfish privilege model
 * (DSP0266 §13: Login, ConfigureComponents, ConfigureManager, ConfigureUsers, ConfigureSelf) with the three standard
 * roles ReadOnly, Operator and Administrator. Time is injected ({@link java.time.InstantSource}) so session expiry is
 * tested without sleeping.
 */
package io.liquidtwin.server.security;
