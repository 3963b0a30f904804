package io.liquidtwin.server.security.redfish;

import io.javalin.config.RoutesConfig;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.http.ServerModule;
import io.liquidtwin.server.redfish.RedfishDirectory;

/**
 * The security part of the Redfish service: {@code /redfish/v1/SessionService} (+ {@code /Sessions},
 * {@code /Sessions/{id}}) and {@code /redfish/v1/AccountService} (+ {@code /Accounts}, {@code /Accounts/{userName}},
 * {@code /Roles}, {@code /Roles/{RoleId}}), and the ServiceRoot's links to both. It registers Redfish providers and
 * writers only; the HTTP routes, authentication and the credential-free login POST are {@code RedfishRoutes}'s, which
 * must be in the same server. Its providers are asked before the twin's (whose snapshot carries an empty placeholder
 * SessionCollection), whatever the order of the modules.
 */
public final class SecurityRoutes implements ServerModule {

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        RedfishDirectory dir = context.redfish();
        new SessionResources(context.accounts(), context.sessions()).register(dir);
        new AccountResources(context.accounts(), context.sessions()).register(dir);
    }
}
