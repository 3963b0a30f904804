/**
 * The {@code liquidtwin} command line: picocli commands over the library ({@code demo}, {@code study},
 * {@code simulate}, {@code serve}, {@code validate}, {@code fluid}, {@code coolants}). Commands convert user units
 * (°C, kPa) to SI at this edge and print results with their units.
 */
package io.liquidtwin.cli;
