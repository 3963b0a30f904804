package io.liquidtwin.server.web.schematic;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.http.LiquidTwinServer;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.http.ServerModule;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.security.Privilege;
import io.liquidtwin.sim.engine.Channel;
import io.liquidtwin.sim.engine.Sensors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plant schematic of the served twin: {@code GET /api/schematic} ({@code image/svg+xml}; with
 * {@code ?values=now} the value slots hold the twin's latest readings instead of "–") and
 * {@code GET /api/schematic.json} (the same layout as JSON). Both need a login. The layout is computed once: the
 * served plant does not change while the server runs.
 */
public final class SchematicRoutes implements ServerModule {

    static final String SVG_TYPE = "image/svg+xml; charset=utf-8";

    @Override
    public void register(RoutesConfig routes, ServerContext ctx) {
        LiveTwin twin = ctx.twin();
        Schematic schematic = twin.read(sim -> {
            Map<String, String> units = new LinkedHashMap<>();
            for (Channel c : Sensors.of(sim)) {
                units.put(c.name(), c.unit());
            }
            return Schematic.of(sim.model().plant(), units);
        });
        String blank = SvgWriter.write(schematic, null);
        routes.get("/api/schematic", c -> {
            Auth.require(c, Privilege.Login);
            String values = values(c);
            String svg = values == null ? blank : SvgWriter.write(schematic, twin.snapshot().readings());
            c.header("Cache-Control", "no-cache").contentType(SVG_TYPE).result(svg);
        });
        routes.get("/api/schematic.json", c -> {
            Auth.require(c, Privilege.Login);
            c.header("Cache-Control", "no-cache");
            LiquidTwinServer.json(c, SchematicJson.of(schematic));
        });
    }

    /** @return "now" when the readings are asked for, null for the blank drawing */
    private static String values(Context c) {
        for (String name : c.queryParamMap().keySet()) {
            if (!name.equals("values")) {
                throw new ApiException(Problem.QUERY_PARAMETER_UNSUPPORTED, name);
            }
        }
        String v = c.queryParam("values");
        if (v == null) {
            return null;
        }
        if (!v.equals("now")) {
            throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, v, "values");
        }
        return v;
    }
}
