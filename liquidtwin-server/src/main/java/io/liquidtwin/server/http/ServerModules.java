package io.liquidtwin.server.http;

import io.liquidtwin.server.control.ControlModule;
import io.liquidtwin.server.ingest.InfluxWriteRoutes;
import io.liquidtwin.server.metrics.MetricsRoutes;
import io.liquidtwin.server.redfish.RedfishRoutes;
import io.liquidtwin.server.rest.RestApi;
import io.liquidtwin.server.security.redfish.SecurityRoutes;
import io.liquidtwin.server.web.WebRoutes;
import io.liquidtwin.server.web.schematic.SchematicRoutes;
import java.nio.file.Path;
import java.util.List;

/** The modules a full LiquidTwin server carries, in registration order. */
public final class ServerModules {

    private ServerModules() {
    }

    /**
     * @param studiesDir the folder whose scenario files {@code POST /api/studies} may run
     * @return a new instance of every standard module; the REST API comes first because Javalin's first matching
     *         route wins and the Redfish catch-all GET would otherwise take {@code /redfish/v1/EventService/SSE}
     */
    public static List<ServerModule> standard(Path studiesDir) {
        InfluxWriteRoutes write = new InfluxWriteRoutes();
        return List.of(new RestApi(RestApi.Options.defaults(studiesDir)), new RedfishRoutes(), new SecurityRoutes(),
                new ControlModule(), write, new MetricsRoutes(write::stats), new SchematicRoutes(), new WebRoutes());
    }

    /** @return {@link #standard(Path)} with the studies of {@code examples/studies} (relative to the working folder) */
    public static List<ServerModule> standard() {
        return standard(Path.of("examples", "studies"));
    }
}
