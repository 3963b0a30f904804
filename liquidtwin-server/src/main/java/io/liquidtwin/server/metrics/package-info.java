/**
 * Prometheus exposition at {@code GET /metrics} (Micrometer's Prometheus registry): JVM and process metrics, HTTP
 * server requests by method, route template and status (bounded label sets), the plant's KPIs from the twin's latest
 * snapshot in base units ({@code liquidtwin_it_power_watts}, {@code liquidtwin_pue_ratio},
 * {@code liquidtwin_facility_supply_temperature_celsius}, …), active alarms by priority, and ingest counters.
 * Scraping needs the Login privilege (Prometheus {@code basic_auth} with a ReadOnly account, or a session token).
 */
package io.liquidtwin.server.metrics;
