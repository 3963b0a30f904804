package io.liquidtwin.server.control;

import io.javalin.config.RoutesConfig;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.http.ServerModule;

/**
 * The controls of the running twin over HTTP: the Redfish Controls and actions ({@link RedfishControls}) and the REST
 * commands and audit trail ({@link ApiControls}) and the Manager's Reset ({@link ManagerReset}), all through one {@link ControlService} whose {@link AuditLog} is the
 * twin store's {@value AuditLog#STREAM} journal.
 */
public final class ControlModule implements ServerModule {

    private volatile ControlService service;

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        ControlService s = new ControlService(context.twin(), new AuditLog(context.twin().store()),
                context.wallClock());
        new RedfishControls(context.twin(), s).register(context.redfish());
        new ApiControls(s).register(routes);
        new ManagerReset(s).register(context.redfish());
        service = s;
    }

    /** @return the service this module registered (for the command line and tests); null before registration */
    public ControlService service() {
        return service;
    }
}
