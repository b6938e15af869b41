-- wrk script that posts the load generator's own prepared submissions (same bodies, same
-- pre-signed tokens, in the same order: units in turn) with a fresh Idempotency-Key each, so that
-- wrk and `load-generator run` load the indicator-service identically. Make the file with
--   java -jar deploy/load-generator/target/load-generator.jar run --write-requests FILE ...
-- then
--   wrk -t2 -c16 -d30s -s deploy/load-generator/wrk-submissions.lua http://127.0.0.1:8081 -- FILE [PATH]
-- (PATH defaults to /api/v1/submissions; /noop/submissions for the bare endpoint).
-- Each wrk thread starts at a different place in the list; every answer other than 201 is counted
-- and printed at the end (wrk itself only counts non-2xx/3xx).

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local file = args[1] or "deploy/local/.run/load/requests.tsv"
  path = args[2] or "/api/v1/submissions"
  requests = {}
  for line in io.lines(file) do
    local auth, body = line:match("^[^\t]*\t([^\t]*)\t(.*)$")
    if body then
      table.insert(requests, { auth = auth, body = body })
    end
  end
  if #requests == 0 then
    error("no requests in " .. file)
  end
  math.randomseed(os.time() * 1000 + id)
  key_prefix = string.format("wrk-%x-%d-%08x-", os.time(), id, math.random(0, 0x7fffffff))
  position = math.floor(#requests * id / 2) -- thread 2 starts half-way through (wrk -t2)
  sent = 0
  created = 0
  other = 0
end

function request()
  position = position % #requests + 1
  sent = sent + 1
  local r = requests[position]
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Authorization"] = r.auth,
    ["Idempotency-Key"] = key_prefix .. sent,
  }, r.body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local created_all, other_all = 0, 0
  for _, t in ipairs(threads) do
    created_all = created_all + t:get("created")
    other_all = other_all + t:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("  created          %d (201), other %d\n", created_all, other_all))
  io.write(string.format("  createdPerSecond %.2f\n", created_all / seconds))
  for _, p in ipairs({ 50, 90, 99 }) do
    io.write(string.format("  p%-15d %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("  max              %.2f ms\n", latency.max / 1000))
end
