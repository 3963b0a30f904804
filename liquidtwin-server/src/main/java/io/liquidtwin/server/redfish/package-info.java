/**
 * The Redfish view of a running simulation: {@link io.liquidtwin.server.redfish.RedfishModel} builds the DMTF
 * Redfish resource tree of a plant's CDUs (ServiceRoot, ThermalEquipment, CoolingUnits with their coolant
 * connectors, pumps, filters, reservoirs and leak detection, and one Chassis per CDU with its Sensors and
 * LeakDetectors) as Jackson trees keyed by URI. The URI layout and property names follow DMTF's CDU mockup
 * (public-cooling-unit, DSP2043) and the DSP8010 2025.4 schemas; every reading is read from the simulation's sensor
 * channels when a resource is built, so a payload always shows the engine's state at that moment.
 *
 * Also a Manager (the twin service), the plant's immersion tanks (ImmersionUnits) and loops (CoolingLoops).
 *
 * <p>{@link io.liquidtwin.server.redfish.RedfishRoutes} serves the tree over HTTP: GET with {@code only},
 * {@code $expand} (one level) and {@code $select}, strong ETags with If-None-Match → 304, {@code $metadata} (CSDL)
 * and the OData service document; writes go to the {@link io.liquidtwin.server.redfish.RedfishDirectory}'s writers.
 */
package io.liquidtwin.server.redfish;
