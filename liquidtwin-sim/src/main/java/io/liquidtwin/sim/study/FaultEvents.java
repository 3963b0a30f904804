package io.liquidtwin.sim.study;

import io.liquidtwin.sim.fault.FaultEvent;

/** Copies of events at another time. */
final class FaultEvents {

    private FaultEvents() {
    }

    /** @return the same event at {@code atS} */
    static FaultEvent at(FaultEvent e, double atS) {
        return switch (e) {
            case FaultEvent.PumpTrip x -> new FaultEvent.PumpTrip(atS, x.pumpId());
            case FaultEvent.PumpRestore x -> new FaultEvent.PumpRestore(atS, x.pumpId());
            case FaultEvent.CduLoss x -> new FaultEvent.CduLoss(atS, x.cduId());
            case FaultEvent.CduRestore x -> new FaultEvent.CduRestore(atS, x.cduId());
            case FaultEvent.FanFailure x -> new FaultEvent.FanFailure(atS, x.unitId(), x.failedUnits());
            case FaultEvent.FanRestore x -> new FaultEvent.FanRestore(atS, x.unitId());
            case FaultEvent.ValveStuck x -> new FaultEvent.ValveStuck(atS, x.cduId(), x.openingFraction());
            case FaultEvent.ValveRelease x -> new FaultEvent.ValveRelease(atS, x.cduId());
            case FaultEvent.Leak x -> new FaultEvent.Leak(atS, x.cduId(), x.rateLpm());
            case FaultEvent.LeakRepaired x -> new FaultEvent.LeakRepaired(atS, x.cduId());
            case FaultEvent.SensorFailure x -> new FaultEvent.SensorFailure(atS, x.sensorId(), x.mode(), x.magnitude());
            case FaultEvent.SensorRestore x -> new FaultEvent.SensorRestore(atS, x.sensorId());
            case FaultEvent.LoadSpike x -> new FaultEvent.LoadSpike(atS, x.durationS(), x.factor());
            case FaultEvent.SetpointChange x -> new FaultEvent.SetpointChange(atS, x.target(), x.setpointC());
        };
    }
}
