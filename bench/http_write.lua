-- wrk script: POST line-protocol batches to LT_PATH. LT_PAYLOAD holds the lines without timestamps; every request
-- stamps all its lines with the wall-clock time at which wrk makes it, in nanoseconds (as Telegraf stamps each
-- interval's batch with its gather time), so a server sees the in-order, fresh data a live agent sends, never replays.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } lt_timespec;
  int clock_gettime(int clock_id, lt_timespec *tp);
]]
local now = ffi.new("lt_timespec")
local prefixes = {}
for line in io.lines(os.getenv("LT_PAYLOAD")) do
  prefixes[#prefixes + 1] = line
end

wrk.method = "POST"
wrk.path = os.getenv("LT_PATH")
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
if os.getenv("LT_AUTH") ~= nil and os.getenv("LT_AUTH") ~= "" then
  wrk.headers["Authorization"] = os.getenv("LT_AUTH")
end

request = function()
  ffi.C.clock_gettime(0, now) -- CLOCK_REALTIME
  local ts = string.format(" %d%09d\n", tonumber(now.tv_sec), tonumber(now.tv_nsec))
  return wrk.format(nil, nil, nil, table.concat(prefixes, ts) .. ts)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
