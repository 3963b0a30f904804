package io.liquidtwin.server.rest;

import static io.liquidtwin.server.rest.Requests.F;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.http.LiquidTwinServer;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.live.TwinSnapshot;
import io.liquidtwin.server.security.Privilege;
import io.liquidtwin.sim.engine.FaultControls;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.Plant;
import java.util.List;
import java.util.function.Function;

/**
 * The served plant: {@code GET /api/plants} (name and equipment ids with kinds), {@code GET /api/plants/{name}}
 * (adds description, loops with their kinds, and every setpoint now), {@code GET /api/plants/{name}/snapshot}
 * (latest readings with units and plant KPIs, from the twin's snapshot).
 */
final class PlantRoutes {

    private static final double K0 = 273.15;
    private final ServerContext ctx;

    PlantRoutes(ServerContext ctx) {
        this.ctx = ctx;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/plants", c -> {
            Auth.require(c, Privilege.Login);
            ArrayNode a = F.arrayNode();
            a.add(ctx.twin().<ObjectNode>read(sim -> summary(sim.model().plant())));
            LiquidTwinServer.json(c, F.objectNode().set("plants", a));
        });
        routes.get("/api/plants/{name}", c -> {
            Auth.require(c, Privilege.Login);
            served(c);
            LiquidTwinServer.json(c, ctx.twin().read(PlantRoutes::details));
        });
        routes.get("/api/plants/{name}/snapshot", c -> {
            Auth.require(c, Privilege.Login);
            served(c);
            LiquidTwinServer.json(c, snapshot(ctx.twin().snapshot()));
        });
    }

    private void served(Context c) {
        String name = c.pathParam("name");
        if (!name.equals(ctx.twin().plantName())) {
            throw new ApiException(Problem.RESOURCE_NOT_FOUND, "Plant", name);
        }
    }

    static ObjectNode summary(Plant p) {
        ObjectNode n = F.objectNode().put("name", p.name());
        ArrayNode eq = n.putArray("equipment");
        add(eq, "cdu", p.cdus(), c -> c.id());
        add(eq, "coldPlateRack", p.coldPlateRacks(), r -> r.id());
        add(eq, "twoPhaseTank", p.twoPhaseTanks(), t -> t.id());
        add(eq, "singlePhaseTank", p.singlePhaseTanks(), t -> t.id());
        add(eq, "dryCooler", p.dryCoolers(), d -> d.id());
        add(eq, "coolingTower", p.coolingTowers(), t -> t.id());
        add(eq, "chiller", p.chillers(), ch -> ch.id());
        add(eq, "heatReuse", p.heatReuse(), h -> h.id());
        add(eq, "pump", p.pumps(), pu -> pu.id());
        ArrayNode loops = n.putArray("loops");
        p.loops().forEach(l -> loops.addObject().put("id", l.id()).put("kind", l.kind().yamlName()));
        return n;
    }

    private static <T> void add(ArrayNode eq, String kind, List<T> items, Function<T, String> id) {
        items.forEach(i -> eq.addObject().put("id", id.apply(i)).put("kind", kind));
    }

    static ObjectNode details(Simulation sim) {
        Plant p = sim.model().plant();
        ObjectNode n = summary(p);
        n.put("description", p.description());
        n.put("designItPowerKw", p.totalItPowerW() / 1e3);
        ArrayNode loops = n.putArray("loops");
        p.loops().forEach(l -> loops.addObject().put("id", l.id()).put("kind", l.kind().yamlName())
                .put("designSupplyTempSetpointC", l.supplyTempSetpointK() - K0));
        FaultControls f = sim.faults();
        ArrayNode setpoints = n.putArray("setpoints");
        for (String target : f.setpointTargets()) {
            setpoints.addObject().put("target", target).put("setpointC", f.setpointC(target));
        }
        ArrayNode cdus = n.putArray("cdus");
        for (String id : f.cduIds()) {
            ObjectNode c = cdus.addObject().put("id", id).put("inService", f.cduInService(id))
                    .put("valveStuck", f.valveStuck(id));
            Requests.putNumber(c, "valveOpeningPercent", f.valveOpening(id) * 100);
        }
        ArrayNode pumps = n.putArray("pumps");
        for (String id : f.pumpIds()) {
            pumps.addObject().put("id", id).put("available", f.pumpAvailable(id)).put("running", f.pumpRunning(id));
        }
        return n;
    }

    static ObjectNode snapshot(TwinSnapshot s) {
        ObjectNode n = F.objectNode();
        n.put("sequence", s.sequence());
        n.put("twinTime", Requests.rfc3339(s.epochMicros()));
        n.put("simulatedSeconds", s.timeS());
        n.set("kpis", kpis(s.kpis()));
        ObjectNode readings = n.putObject("readings");
        s.readings().forEach((name, v) -> {
            ObjectNode r = readings.putObject(name);
            Requests.putNumber(r, "value", v);
            r.put("unit", s.units().getOrDefault(name, ""));
        });
        return n;
    }

    static ObjectNode kpis(TwinSnapshot.Kpis k) {
        ObjectNode n = F.objectNode();
        Requests.putNumber(n, "itPowerKw", k.itPowerW() / 1e3);
        Requests.putNumber(n, "facilityPowerKw", k.facilityPowerW() / 1e3);
        Requests.putNumber(n, "coolingPowerKw", k.coolingPowerW() / 1e3);
        Requests.putNumber(n, "heatRejectedKw", k.heatRejectedW() / 1e3);
        Requests.putNumber(n, "pue", k.pue());
        Requests.putNumber(n, "facilitySupplyTempC", k.facilitySupplyTempK() - K0);
        Requests.putNumber(n, "hottestCduSupplyTempC", k.hottestCduSupplyTempK() - K0);
        Requests.putNumber(n, "dryBulbC", k.dryBulbK() - K0);
        Requests.putNumber(n, "wetBulbC", k.wetBulbK() - K0);
        n.put("chillerRunning", k.chillerRunning());
        return n;
    }
}
