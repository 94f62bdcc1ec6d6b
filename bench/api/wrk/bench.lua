-- One wrk script for every bench/api scenario. Environment:
--   BENCH_USERS     file of "userId key" lines (one per simulated user; each request takes the next user)
--   BENCH_SCENARIO  profile | summary | food_items | food_text | chat_query | chat_log | mixed | ceiling
--   BENCH_THINK_MS  mean think time between a connection's requests (0: closed loop); uniform in [0.5, 1.5] × mean
-- At the end it prints one JSON line: requests, duration, latency percentiles (µs), and statuses: ok, 429, other errors.
local scenario = os.getenv("BENCH_SCENARIO") or "profile"
local think = tonumber(os.getenv("BENCH_THINK_MS") or "0")
local users = {}
for line in io.lines(os.getenv("BENCH_USERS")) do
  local id, key = line:match("^(%S+)%s+(%S+)$")
  if id then users[#users + 1] = { id = id, key = key } end
end

local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  n = 0
  ok, limited, failed = 0, 0, 0
  math.randomseed(1000 + (tid or 0))
end

local json = "application/json"
local meal = '{"meal":"lunch","items":[{"name":"chicken salad","quantity":1,"unit":"bowl","grams":350,"kcal":420,"proteinG":38,"carbsG":18,"fatG":21}]}'

local function call(user, method, path, body)
  local headers = { ["Authorization"] = "Bearer " .. user.key }
  if body then headers["Content-Type"] = json end
  return wrk.format(method, path, headers, body)
end

local shapes = {
  profile = function(u) return call(u, "GET", "/api/v1/users/" .. u.id) end,
  summary = function(u) return call(u, "GET", "/api/v1/users/" .. u.id .. "/food/summary/daily") end,
  food_items = function(u) return call(u, "POST", "/api/v1/users/" .. u.id .. "/food/entries", meal) end,
  food_text = function(u) return call(u, "POST", "/api/v1/users/" .. u.id .. "/food/entries", '{"text":"2 eggs and a slice of toast"}') end,
  chat_query = function(u) return call(u, "POST", "/api/v1/conversations/" .. u.id .. "/messages", '{"text":"how many calories today?"}') end,
  chat_log = function(u) return call(u, "POST", "/api/v1/conversations/" .. u.id .. "/messages", '{"text":"I had 2 eggs and a banana for breakfast"}') end,
  water = function(u) return call(u, "POST", "/api/v1/users/" .. u.id .. "/tracking/water", '{"amountMl":250}') end,
  reminders = function(u) return call(u, "GET", "/api/v1/users/" .. u.id .. "/reminders") end,
  ceiling = function(u) return wrk.format("GET", "/ping") end,
}

-- A day of a user: mostly reads, some logging, a few chats.
local day = { { "profile", 15 }, { "summary", 20 }, { "reminders", 15 }, { "water", 15 }, { "food_items", 15 }, { "chat_query", 10 }, { "chat_log", 10 } }

local function pick()
  if scenario ~= "mixed" then return scenario end
  local roll, sum = math.random(100), 0
  for _, entry in ipairs(day) do
    sum = sum + entry[2]
    if roll <= sum then return entry[1] end
  end
  return "profile"
end

function request()
  n = n + 1
  local user = users[((tid or 0) * 7919 + n) % #users + 1]
  return shapes[pick()](user)
end

function delay()
  if think <= 0 then return 0 end
  return math.floor(think * (0.5 + math.random()))
end

function response(status, headers, body)
  if status == 429 then limited = limited + 1
  elseif status < 400 then ok = ok + 1
  else failed = failed + 1 end
end

function done(summary, latency, requests)
  local okAll, limitedAll, failedAll = 0, 0, 0
  for _, thread in ipairs(threads) do
    okAll = okAll + thread:get("ok")
    limitedAll = limitedAll + thread:get("limited")
    failedAll = failedAll + thread:get("failed")
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"p50":%d,"p90":%d,"p95":%d,"p99":%d,"max":%d,"ok":%d,"limited":%d,"failed":%d,"socket_errors":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, okAll, limitedAll, failedAll, e.connect + e.read + e.write + e.timeout))
end
