package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.component.Valve;
import io.liquidtwin.physics.network.HydraulicNetwork;
import io.liquidtwin.physics.network.ThermalNetwork;
import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.plant.PlantLoader;
import org.junit.jupiter.api.Test;

/**
 * Two CDUs in parallel on one technology loop share its heat; one is lost (primary valve closed, secondary pumps
 * stopped). At the new steady state the remaining CDU carries all the IT heat to liquid (energy balance of the
 * technology loop), the lost CDU's primary flow and duty are ~0, and the remaining CDU still holds its secondary
 * supply setpoint (it is rated for the whole load).
 */
class CduLossTest {

    /** 4 × 130 kW racks (≈ 452 kW to liquid) on one PG25 loop, two 1.37 MW CDUs, each able to carry it all. */
    static final String PLANT = """
            name: two-cdus-one-tcs
            site: {designDryBulbC: 30, designWetBulbC: 22}
            loops:
              - {id: fws, kind: facility, supplyTempSetpointC: 32}
              - {id: tcs, kind: technology, coolant: PG25, supplyTempSetpointC: 38}
            equipment:
              pumps:
                - {id: fwp, model: facility-pump-30ls, loop: fws, count: 2, standby: 1}
              cdus:
                - {id: cdu-a, model: cdu-1370kw, primaryLoop: fws, secondaryLoop: tcs}
                - {id: cdu-b, model: cdu-1370kw, primaryLoop: fws, secondaryLoop: tcs}
              coldPlateRacks:
                - {id: rack, model: ocp-cold-plate-rack, loop: tcs, count: 4, itPowerKw: 130}
              dryCoolers:
                - {id: dc, model: dry-cooler-500kw, loop: fws, count: 2}
            """;

    @Test
    void losingOneOfTwoCdusMovesTheWholeLoadToTheOther() {
        Plant plant = PlantLoader.load(PLANT, "two-cdus-one-tcs.yaml");
        PlantModel model = PlantModel.build(plant);
        Simulation sim = new Simulation(model, new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        sim.runToSteadyState(15, 48 * 3600);
        HydraulicNetwork hyd = model.hydraulics();
        ThermalNetwork th = model.thermal();
        int secA = link(hyd, "cdu-a.hx-secondary");
        int secB = link(hyd, "cdu-b.hx-secondary");
        int priA = link(hyd, "cdu-a.hx-primary");
        int priB = link(hyd, "cdu-b.hx-primary");

        double itToLiquid = plant.coldPlateRacks().stream().mapToDouble(r -> r.itPowerW() * r.captureFraction())
                .sum();
        assertThat(itToLiquid).isCloseTo(4 * 130e3 * 0.87, within(1.0));
        assertThat(rackHeat(model)).isCloseTo(itToLiquid, within(1e-9 * itToLiquid));
        double dutyA0 = th.heatW(secA);
        double dutyB0 = th.heatW(secB);
        double flowB0 = hyd.flowM3s(priB);
        assertThat(dutyA0 + dutyB0).as("both CDUs together remove the IT heat")
                .isCloseTo(-itToLiquid, within(1e-9 * itToLiquid));
        assertThat(dutyA0).as("identical CDUs share the load").isCloseTo(-itToLiquid / 2, within(1e-3 * itToLiquid));
        assertThat(flowB0).isPositive();

        double lossAt = sim.timeS() + 60;
        sim.events().schedule(lossAt, "lose cdu-b", () -> sim.loseCdu("cdu-b"));
        sim.step(60);
        assertThat(sim.events().fired()).hasSize(1);
        sim.runToSteadyState(15, 48 * 3600);

        double dutyA = th.heatW(secA);
        double dutyB = th.heatW(secB);
        // closed valve: only its leakage, λ = 0.1 % of Kv: Q = λ·C·√(Δp·ρ0/ρ)
        int valveB = link(hyd, "cdu-b.primary-valve");
        assertThat(((Valve) hyd.law(valveB)).opening()).isZero();
        double valveDp = hyd.pressurePa(hyd.from(valveB)) - hyd.pressurePa(hyd.to(valveB));
        double leakage = 0.001 * plant.cdus().get(1).primaryValveCoefficient()
                * Math.sqrt(valveDp * 1000 / model.loops.get("fws").densityKgM3);
        assertThat(hyd.flowM3s(priB)).as("lost CDU's primary flow is the closed valve's leakage")
                .isCloseTo(leakage, within(1e-3 * leakage));
        assertThat(Math.abs(hyd.flowM3s(priB))).as("lost CDU's primary flow ~0")
                .isLessThan(0.005 * plant.cdus().get(1).primaryDesignFlowM3s());
        assertThat(Math.abs(hyd.flowM3s(secB))).as("lost CDU's secondary flow ~0 (pumps stopped, non-return valves)")
                .isLessThan(1e-5 * plant.cdus().get(1).secondaryDesignFlowM3s());
        assertThat(Math.abs(dutyB)).as("lost CDU's duty ~0").isLessThan(1e-5 * itToLiquid);
        assertThat(dutyA).as("remaining CDU carries all the IT heat (TCS energy balance)")
                .isCloseTo(-itToLiquid - dutyB, within(1e-9 * itToLiquid));
        assertThat(dutyA).as("the remaining CDU's duty has (about) doubled").isLessThan(1.99 * dutyA0);
        assertThat(th.heatW(priA)).as("and reaches the facility loop").isCloseTo(-dutyA, within(1e-9 * itToLiquid));
        assertThat(th.outletTemperatureK(secA)).as("remaining CDU holds the secondary supply setpoint")
                .isCloseTo(plant.cdus().get(0).secondarySupplySetpointK(), within(0.05));
    }

    static double rackHeat(PlantModel model) {
        double sum = 0;
        for (var r : model.racks) {
            sum += model.thermal().heatW(r.link());
        }
        return sum;
    }

    static int link(HydraulicNetwork hyd, String name) {
        for (int k = 0; k < hyd.linkCount(); k++) {
            if (hyd.linkName(k).equals(name)) {
                return k;
            }
        }
        throw new AssertionError("no link " + name);
    }
}
