-- wrk script of bench/run: any method, extra headers and a POST body from the environment,
-- and the figures wrk's text output lacks (p95, errors by kind) as one JSON line at the end.
--
--   BENCH_METHOD   GET (default) or POST
--   BENCH_HEADERS  "Name: value" lines separated by "\n" (Connection: close is always sent)
--   BENCH_BODY     the POST body; every "{n}" in it becomes a number unique to the request,
--                  so each expression of interest is a new one (stored: 201), not a repeat.
--   BENCH_PATHS    paths separated by "\n", requested in turn instead of the URL's; "{n}"
--                  in them is replaced as in the body, so no URL is requested twice.

local method = os.getenv("BENCH_METHOD") or "GET"
local template = os.getenv("BENCH_BODY")
local extra = os.getenv("BENCH_HEADERS") or ""
local paths = {}
for line in string.gmatch(os.getenv("BENCH_PATHS") or "", "[^\n]+") do
   table.insert(paths, line)
end

local threads = {}
local counter = 0
local prefix = 0

function setup(thread)
   thread:set("prefix", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   prefix = tonumber(wrk.thread:get("prefix")) or 0
   wrk.headers["Connection"] = "close"
   for line in string.gmatch(extra, "[^\n]+") do
      local name, value = string.match(line, "^([^:]+):%s*(.*)$")
      if name then
         wrk.headers[name] = value
      end
   end
end

function request()
   counter = counter + 1
   local unique = string.format("%d-%d-%d", os.time(), prefix, counter)
   local body = nil
   if template then
      body = string.gsub(template, "{n}", unique)
   end
   local path = nil
   if #paths > 0 then
      path = string.gsub(paths[(counter % #paths) + 1], "{n}", unique)
   end
   return wrk.format(method, path, nil, body)
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      'BENCH_JSON {"requests": %d, "duration_us": %d, "connect": %d, "read": %d, '
         .. '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p95_us": %d, '
         .. '"p99_us": %d, "mean_us": %.1f}\n',
      summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean))
end
