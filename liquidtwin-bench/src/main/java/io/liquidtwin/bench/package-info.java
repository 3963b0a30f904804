/**
 * JMH benchmarks of LiquidTwin, each measured side by side with a peer implementation in the same run where one
 * exists. Run them with {@code ./liquidtwin bench}; results and commands are recorded in {@code docs/benchmarks.md}.
 */
package io.liquidtwin.bench;
