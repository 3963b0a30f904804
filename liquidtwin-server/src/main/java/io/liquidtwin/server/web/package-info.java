/**
 * The operator's dashboard: static pages, scripts and styles served from the classpath ({@link WebRoutes}), with
 * uPlot from its webjar. The pages hold no data of their own; they read {@code /api} and {@code /redfish} with the
 * user's session token and follow {@code /api/stream}.
 */
package io.liquidtwin.server.web;
