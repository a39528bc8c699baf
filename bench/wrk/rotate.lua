-- wrk script: each request takes the next path from a file (round robin, one offset per thread),
-- so no single URL is measured; done() prints the result as one JSON line for bench/run.py.
--
--   wrk -t1 -c1 -d10s -s bench/wrk/rotate.lua http://127.0.0.1:8000 -- bench/data/urls/list.txt

local threads = {}
local thread_count = 0

-- Main state: runs once per thread before init(), in thread order.
function setup(thread)
  thread:set("thread_number", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

-- Thread state.
local paths = {}
local position = 0
statuses = {}

function init(args)
  local file = args[1]
  if file == nil then
    error("usage: wrk ... -s rotate.lua <base url> -- <file of paths>")
  end
  for line in io.lines(file) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      table.insert(paths, line)
    end
  end
  if #paths == 0 then
    error("no paths in " .. file)
  end
  -- Threads start at different places in the list (up to four spread evenly), so together
  -- they cover all of it.
  position = math.floor((thread_number or 0) * #paths / 4) % #paths
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end

-- Main state again, after the run.
function done(summary, latency, requests)
  local merged = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses") or {}
    for status, count in pairs(counts) do
      merged[status] = (merged[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(merged) do
    table.insert(parts, string.format('"%s": %d', status, count))
  end
  local errors = summary.errors
  io.write(string.format(
    'BENCHJSON {"requests": %d, "duration_us": %d, "bytes": %d, '
      .. '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, '
      .. '"statuses": {%s}, '
      .. '"latency_us": {"min": %d, "mean": %.1f, "max": %d, "stdev": %.1f, '
      .. '"p50": %d, "p90": %d, "p95": %d, "p99": %d}}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    table.concat(parts, ", "),
    latency.min, latency.mean, latency.max, latency.stdev,
    latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99)
  ))
end
