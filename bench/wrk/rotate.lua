-- wrk script: each request takes the next path from a file (round robin, one offset per thread),
-- so no single URL is measured; done() prints the result as one JSON line for bench/run.py.
--
--   wrk -t1 -c1 -d10s -s bench/wrk/rotate.lua http://127.0.0.1:8000 -- urls.txt [exact]
--
-- With `exact` (only meaningful with one connection per thread) every request's latency is
-- timed here and the percentiles are of those samples. wrk's own percentiles add synthetic
-- samples after each slow request (its coordinated-omission correction), which in a
-- single-client run turns one 3 s request into dozens; they are printed too, as latency_wrk_us.

local ffi = require("ffi")
ffi.cdef([[
typedef struct { long tv_sec; long tv_nsec; } rotate_timespec;
int clock_gettime(int clock_id, rotate_timespec *tp);
]])
local CLOCK_MONOTONIC = 1
local timespec = ffi.new("rotate_timespec")

local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
  return tonumber(timespec.tv_sec) * 1000000 + tonumber(timespec.tv_nsec) / 1000
end

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
local exact = false
local started = nil
statuses = {}
samples = {}

function init(args)
  local file = args[1]
  if file == nil then
    error("usage: wrk ... -s rotate.lua <base url> -- <file of paths> [exact]")
  end
  exact = args[2] == "exact"
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
  if exact then
    started = now_us()
  end
  return wrk.format("GET", paths[position])
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  if exact and started ~= nil then
    table.insert(samples, now_us() - started)
    started = nil
  end
end

local function percentile(sorted, p)
  local rank = math.max(1, math.ceil(p / 100 * #sorted))
  return sorted[rank]
end

local function latency_json(min, mean, max, stdev, p50, p90, p95, p99)
  return string.format(
    '{"min": %d, "mean": %.1f, "max": %d, "stdev": %.1f, '
      .. '"p50": %d, "p90": %d, "p95": %d, "p99": %d}',
    min, mean, max, stdev, p50, p90, p95, p99
  )
end

-- Main state again, after the run.
function done(summary, latency, requests)
  local merged = {}
  local all = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses") or {}) do
      merged[status] = (merged[status] or 0) + count
    end
    for _, sample in ipairs(thread:get("samples") or {}) do
      table.insert(all, sample)
    end
  end
  local parts = {}
  for status, count in pairs(merged) do
    table.insert(parts, string.format('"%s": %d', status, count))
  end
  local by_wrk = latency_json(
    latency.min, latency.mean, latency.max, latency.stdev,
    latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99)
  )
  local measured = by_wrk
  if #all > 0 then
    table.sort(all)
    local sum = 0
    for _, sample in ipairs(all) do
      sum = sum + sample
    end
    local mean = sum / #all
    local squares = 0
    for _, sample in ipairs(all) do
      squares = squares + (sample - mean) ^ 2
    end
    measured = latency_json(
      all[1], mean, all[#all], math.sqrt(squares / #all),
      percentile(all, 50), percentile(all, 90), percentile(all, 95), percentile(all, 99)
    )
  end
  local errors = summary.errors
  io.write(string.format(
    'BENCHJSON {"requests": %d, "duration_us": %d, "bytes": %d, '
      .. '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, '
      .. '"statuses": {%s}, "exact": %s, "latency_us": %s, "latency_wrk_us": %s}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    table.concat(parts, ", "), tostring(#all > 0), measured, by_wrk
  ))
end
