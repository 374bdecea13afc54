-- citekit's long-lived pandoc (`pandoc lua resident.lua`, see resident.py): reads one
-- request per line on stdin (JSON: document, its format, bibliography, csl, meta, writer or
-- format, wrap) and does what `pandoc --from=markdown --citeproc ...` would do with it, without
-- starting pandoc again (its start-up and, from the second item on, its collation tables
-- cost more than rendering a short list). Each answer is `status length\n` and the bytes:
-- status 0, the output; status 1, an error message (the caller then runs plain pandoc);
-- then `length\n` and pandoc's warnings, one `[WARNING] ...` line each, as on stderr.

local writers = {}  -- writer path -> its source, compiled afresh (own globals) per request

local function writer_output(path, doc)
  local source = writers[path]
  if not source then
    local handle = assert(io.open(path, 'rb'))
    source = handle:read('a')
    handle:close()
    writers[path] = source
  end
  local env = setmetatable({ PANDOC_WRITER_OPTIONS = PANDOC_WRITER_OPTIONS }, { __index = _G })
  assert(load(source, '@' .. path, 't', env))()
  return env.Writer(doc, PANDOC_WRITER_OPTIONS)
end

local function meta_value(value)
  -- as pandoc reads --metadata=KEY:VALUE (a YAML scalar): booleans, else a string
  if value == 'true' then return true end
  if value == 'false' then return false end
  return pandoc.MetaString(value)
end

local function render(request)
  local doc = pandoc.read(request.document, request.from or 'markdown')
  doc.meta.bibliography = pandoc.MetaList{ pandoc.MetaString(request.bibliography) }
  doc.meta.csl = pandoc.MetaString(request.csl)
  for key, value in pairs(request.meta) do doc.meta[key] = meta_value(value) end
  doc = pandoc.utils.citeproc(doc)
  local out
  if request.writer then
    out = writer_output(request.writer, doc)
  else
    local options = {}
    if request.wrap then options.wrap_text = request.wrap end
    out = pandoc.write(doc, request.format, options)
  end
  if out:sub(-1) ~= '\n' then out = out .. '\n' end  -- as pandoc ends what it prints
  return out
end

local seen = 0  -- log messages already reported

local function warnings()
  local log = PANDOC_STATE.log
  local lines = {}
  for index = seen + 1, #log do
    local message = pandoc.json.decode(pandoc.json.encode(log[index]), false)
    if message.verbosity ~= 'INFO' then
      table.insert(lines, '[' .. message.verbosity .. '] ' .. message.pretty .. '\n')
    end
  end
  seen = #log
  return table.concat(lines)
end

local function answer(status, body, err)
  io.write(status, ' ', #body, '\n', body, #err, '\n', err)
  io.flush()
end

while true do
  local line = io.read('l')
  if not line then break end
  local ok, result = pcall(function() return render(pandoc.json.decode(line, false)) end)
  local err = warnings()
  if ok then answer(0, result, err) else answer(1, tostring(result), err) end
  result = nil
  collectgarbage('collect')  -- the request's Lua values, so that the heap does not creep
end
