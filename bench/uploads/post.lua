-- The fair upload client of bench/uploads/concurrent.sh (issue 10, session 9): posts each of COUNT
-- prebuilt multipart bodies once, one per connection, from memory, so that the client's CPU per byte is
-- about one socket write (curl -F read each file and framed it on the fly, at about twice dd's CPU).
--
--   wrk -t1 -cCOUNT -d600s --timeout 600s -H 'Cookie: …' -H 'X-XSRF-TOKEN: …' -s post.lua URL -- DIR FIRST COUNT
--
-- DIR/evidence-10m-NNN.pdf for NNN = FIRST … FIRST + COUNT - 1 are read and framed in init(), before
-- wrk starts its clock. After the COUNT-th answer the script ends wrk (a SIGINT to itself ends wrk's
-- sleep(duration)). Prints "uploads: N answered, statuses: S, wall_us: W, slowest_us: L, init_cpu_s: I,
-- cpu_s: C" from done(); L, the slowest upload from its first byte sent to its answer, is the uploads'
-- wall time (all start together; W adds wrk's stop); C - I is wrk's CPU for sending (C: all of it, I:
-- reading and framing the files). One thread: an event loop writing from memory needs no second core.
-- The URL's path is the upload path; -H headers are sent with every request.

local bodies = {}
local count = 0
local sent = 0
local answered = 0
local statuses = {}

function init(args)
  local dir, first = args[1], tonumber(args[2])
  count = tonumber(args[3])
  for i = 1, count do
    local name = string.format("evidence-10m-%03d.pdf", first + i - 1)
    local f = assert(io.open(dir .. "/" .. name, "rb"))
    local bytes = f:read("*a")
    f:close()
    local boundary = "ecozone-bench-" .. (first + i - 1)
    local body = table.concat({
      "--", boundary, "\r\n",
      'Content-Disposition: form-data; name="file"; filename="', name, '"\r\n',
      "Content-Type: application/pdf\r\n\r\n", bytes, "\r\n--", boundary, "--\r\n" })
    local headers = {}
    for k, v in pairs(wrk.headers) do headers[k] = v end
    headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
    bodies[i] = wrk.format("POST", wrk.path, headers, body)
  end
  collectgarbage()
  init_cpu = os.clock() -- the process's CPU so far (reading and framing), apart from the sending
end

-- called before every request after the first of a connection: a second upload is held back for good
function delay()
  if sent < count then return 0 end
  return 3600000
end

function request()
  sent = sent + 1 -- more than count only after a reconnect: the last body is sent again (and counted)
  return bodies[math.min(sent, count)]
end

function response(status, headers, body)
  answered = answered + 1
  statuses[status] = (statuses[status] or 0) + 1
  if answered == count then
    local s = {}
    for k, v in pairs(statuses) do s[#s + 1] = k .. "×" .. v end
    -- the main state cannot see this thread's globals: hand the statuses over as text
    wrk.thread:set("statuses", table.concat(s, ","))
    -- ends wrk's sleep(duration); from the background, since system() ignores SIGINT while it waits
    os.execute("(sleep 0.1; kill -INT $PPID) &")
    wrk.thread:stop()
  end
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local s, init = {}, 0
  for _, t in ipairs(threads) do
    s[#s + 1] = t:get("statuses") or "none"
    init = init + (t:get("init_cpu") or 0)
  end
  io.write(string.format("uploads: %d answered, statuses: %s, wall_us: %d, slowest_us: %d, init_cpu_s: %.2f, cpu_s: %.2f\n",
    summary.requests, table.concat(s, ","), summary.duration, latency.max, init, os.clock()))
end
