-- wrk script: POST one fixed line-protocol payload (file in LT_PAYLOAD) to the path in LT_PATH.
local f = assert(io.open(os.getenv("LT_PAYLOAD"), "rb"))
wrk.body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.path = os.getenv("LT_PATH")
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
if os.getenv("LT_AUTH") ~= nil and os.getenv("LT_AUTH") ~= "" then
  wrk.headers["Authorization"] = os.getenv("LT_AUTH")
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
