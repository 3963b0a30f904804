/**
 * Weather boundary conditions for the design study: an EnergyPlus weather-file (EPW) reader and moist-air
 * psychrometrics after ASHRAE Handbook — Fundamentals (2017), chapter 1.
 *
 * <p>SI inside: temperatures in K, pressures in Pa, relative humidity 0–1, humidity ratio in kg water per kg dry air,
 * enthalpy in J/kg dry air. The weather drives heat rejection: dry coolers see the dry-bulb and evaporative (adiabatic)
 * coolers and cooling towers always see the true thermodynamic wet-bulb, computed per hour from dry-bulb, dew point
 * and station pressure ({@link io.liquidtwin.sim.weather.WeatherHour#wetBulbK()}), never approximated.
 *
 * <p>Public contract: {@link io.liquidtwin.sim.weather.EpwReader#read(java.nio.file.Path)} returns a
 * {@link io.liquidtwin.sim.weather.WeatherYear} (site, 8760/8784 {@link io.liquidtwin.sim.weather.WeatherHour}s,
 * counts of interpolated missing values) or throws one {@link io.liquidtwin.sim.weather.WeatherFileException} listing
 * every {@link io.liquidtwin.sim.weather.FileError} with file and line;
 * {@link io.liquidtwin.sim.weather.Psychrometrics} holds the static moist-air relations and signals inputs out of
 * range with {@link io.liquidtwin.physics.OutOfRangeException}. The parsing helpers are package-private.
 */
package io.liquidtwin.sim.weather;
