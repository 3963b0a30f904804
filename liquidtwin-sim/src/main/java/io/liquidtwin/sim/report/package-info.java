/**
 * Study reports: one self-contained {@code report.html} (inline SVG charts rendered headless with XChart, no scripts,
 * no external URLs) and CSV tables beside it, written by {@link io.liquidtwin.sim.report.HtmlReport} from a
 * {@link io.liquidtwin.sim.study.StudyResult} or a {@link io.liquidtwin.sim.study.SweepResult}.
 *
 * <p>Files of a single study: {@code report.html}, {@code hourly.csv}, {@code monthly-kpis.csv},
 * {@code annual-kpis.csv}, {@code events.csv}. A sweep writes {@code report.html} and {@code sweep.csv} (one row per
 * run) at the top and the four study tables of run <i>n</i> in {@code run-NN/}. Every file is written to a temporary
 * file in the same directory and then moved over the old one, and {@code report.html} is written last, so a failed
 * run never leaves a half-written file.
 *
 * <p>CSV conventions: comma-separated, one header line whose column names carry the unit ({@code it_kw},
 * {@code facility_supply_c}, …), numbers in {@link java.util.Locale#ROOT} plain decimal notation with enough digits to
 * round-trip the double exactly, booleans as {@code true}/{@code false}. A value that is absent (no tariff, no grid
 * factor, no sweep) or not a finite number is written as an <b>empty cell</b>: the files never contain {@code NaN} or
 * {@code Infinity}. Text cells are quoted when they contain a comma, quote or line break (RFC 4180).
 *
 * <p>The report shows user text (titles, names, event descriptions, notes) escaped; chart text is drawn as glyph
 * outlines, so it cannot inject markup either. Charts are rendered with {@code java.awt.headless=true}, which is set
 * before AWT is first touched unless the caller already chose a value.
 */
package io.liquidtwin.sim.report;
