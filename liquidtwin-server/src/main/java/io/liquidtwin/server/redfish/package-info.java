/**
 * The Redfish view of a running simulation: {@link io.liquidtwin.server.redfish.RedfishModel} builds the DMTF
 * Redfish resource tree of a plant's CDUs (ServiceRoot, ThermalEquipment, CoolingUnits with their coolant
 * connectors, pumps, filters, reservoirs and leak detection, and one Chassis per CDU with its Sensors and
 * LeakDetectors) as Jackson trees keyed by URI. The URI layout and property names follow DMTF's CDU mockup
 * (public-cooling-unit, DSP2043) and the DSP8010 2025.4 schemas; every reading is read from the simulation's sensor
 * channels when a resource is built, so a payload always shows the engine's state at that moment.
 *
 * <p>No HTTP here: the server that serves these trees (GET, {@code $expand}, ETags, actions) builds on this package.
 */
package io.liquidtwin.server.redfish;
