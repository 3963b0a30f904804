/**
 * The plant schematic: a deterministic left-to-right layout of the served plant (heat-rejection units → facility
 * loops → CDUs → technology loops → tanks and racks) computed from the plant graph, rendered as SVG with live-value
 * slots named by sensor channel ({@code GET /api/schematic}) and as JSON ({@code GET /api/schematic.json}).
 * {@link io.liquidtwin.server.web.schematic.SchematicRoutes} is the module; {@link
 * io.liquidtwin.server.web.schematic.Schematic#of} builds the layout.
 */
package io.liquidtwin.server.web.schematic;
