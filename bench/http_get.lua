-- wrk script: rotate GETs over the CDU subtree of the Qingdao plant as a viewer session (X-Auth-Token from LT_TOKEN).
local uris = {
  "/redfish/v1/ThermalEquipment/CDUs/cdu",
  "/redfish/v1/ThermalEquipment/CDUs/cdu/PrimaryCoolantConnectors",
  "/redfish/v1/ThermalEquipment/CDUs/cdu/Pumps",
  "/redfish/v1/ThermalEquipment/CDUs/cdu/Pumps/1",
  "/redfish/v1/ThermalEquipment/CDUs/cdu/Filters",
  "/redfish/v1/Chassis/cdu/Sensors",
  "/redfish/v1/ThermalEquipment/CDUs",
}
local i = 0
wrk.headers["X-Auth-Token"] = os.getenv("LT_TOKEN")
request = function()
  i = i + 1
  return wrk.format("GET", uris[(i % #uris) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d rps=%.0f p50_ms=%.3f p99_ms=%.3f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
