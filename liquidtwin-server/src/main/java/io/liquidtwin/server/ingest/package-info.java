/**
 * HTTP ingest compatible with the InfluxDB v2 write API ({@code POST /api/v2/write}), what Telegraf's
 * {@code outputs.influxdb_v2} and the InfluxDB client libraries send: line protocol, optionally gzip-compressed, parsed
 * by the operations core's {@link io.liquidtwin.ops.ingest.LineProtocol} and appended to the twin's store (so the
 * alarm engine sees every sample). A 204 means the batch is durable; a batch with bad lines is a partial write (the
 * good lines are stored, the answer is 400 listing the first bad lines).
 */
package io.liquidtwin.server.ingest;
