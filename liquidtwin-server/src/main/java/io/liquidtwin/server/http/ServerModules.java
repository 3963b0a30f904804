package io.liquidtwin.server.http;

import io.liquidtwin.server.redfish.RedfishRoutes;
import io.liquidtwin.server.rest.RestApi;
import java.nio.file.Path;
import java.util.List;

/** The modules a full LiquidTwin server carries, in registration order. */
public final class ServerModules {

    private ServerModules() {
    }

    /**
     * @return a new instance of every standard module; the REST API comes before the Redfish routes (its EventService
     *         SSE URI must not fall to their catch-all GET) and reads scenarios from {@code examples/studies}
     */
    public static List<ServerModule> standard() {
        return List.of(new RestApi(RestApi.Options.defaults(Path.of("examples", "studies"))), new RedfishRoutes());
    }
}
