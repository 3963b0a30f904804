/**
 * Who may do what: accounts with PBKDF2-hashed passwords (no default password; the first start generates the
 * administrator's into an owner-only file), sessions with X-Auth-Token, HTTP Basic, and the Redfish privilege model
 * (DSP0266 §13: Login, ConfigureComponents, ConfigureManager, ConfigureUsers, ConfigureSelf) with the three standard
 * roles ReadOnly, Operator and Administrator; brute-force protection
 * ({@link io.liquidtwin.server.security.LoginLockout}: the AccountService's lockout threshold, duration and counter
 * reset); optional HTTPS with the user's PKCS12 keystore ({@link io.liquidtwin.server.security.Tls}). Time is
 * injected ({@link java.time.InstantSource}) so session expiry and lockouts are tested without sleeping. The Redfish
 * resources for all this are in {@link io.liquidtwin.server.security.redfish}.
 */
package io.liquidtwin.server.security;
