package io.liquidtwin.server.http;

import io.liquidtwin.server.control.ControlModule;
import io.liquidtwin.server.ingest.InfluxWriteRoutes;
import io.liquidtwin.server.metrics.MetricsRoutes;
import io.liquidtwin.server.redfish.RedfishRoutes;
import io.liquidtwin.server.security.redfish.SecurityRoutes;
import java.util.List;

/** The modules a full LiquidTwin server carries, in registration order. */
public final class ServerModules {

    private ServerModules() {
    }

    /** @return a new instance of every standard module */
    public static List<ServerModule> standard() {
        InfluxWriteRoutes write = new InfluxWriteRoutes();
        return List.of(new RedfishRoutes(), new SecurityRoutes(), new ControlModule(), write,
                new MetricsRoutes(write::stats));
    }
}
