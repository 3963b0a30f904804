/**
 * The {@code liquidtwin} command line: picocli commands over the library ({@code demo}, {@code fluid}; later
 * {@code simulate}, {@code study}, {@code serve}, {@code validate}). Commands convert user units (°C, kPa) to SI at
 * this edge and print results with their units.
 */
package io.liquidtwin.cli;
