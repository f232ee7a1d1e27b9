-- wrk script (bench/instances/reads.sh): each request carries the next of several logged-in sessions, as
-- many users would, instead of one session for every connection (with the sessions in the database each
-- request updates its session's row: one shared session would make every request wait for one row lock).
-- Usage: wrk … -s bench/instances/sessions.lua URL -- COOKIE-FILE (one "JSESSIONID=…" a line)
local cookies = {}
local count = 0
local next = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      count = count + 1
      cookies[count] = line
    end
  end
  if count == 0 then
    error("no sessions in " .. args[1])
  end
  -- each thread starts at another session
  next = math.random(count) - 1
end

function request()
  next = next % count + 1
  return wrk.format(nil, nil, { Cookie = cookies[next] })
end
