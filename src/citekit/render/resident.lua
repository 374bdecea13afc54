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

-- The plain writer's text for a document of paragraphs, divisions and one-paragraph notes
-- holding only text, spaces, emphasis, spans, links and citations: what citeproc gives a
-- list of citations or a bibliography. Those it prints as `pandoc.utils.stringify` does,
-- each note as `[N]` in place and `[N] text` after the other blocks; making the text so
-- costs about half the writer's time (10,000 OSCOLA footnotes and entries: 0.6 s against
-- 1.1 s). Anything else (a Strong, a Plain block, a note of two paragraphs, a space at the
-- end of a paragraph) gives nil: the writer is used. Some of those the writer prints as
-- stringify does; they are left to it all the same.
local OTHER_TYPES = {
  'Strong', 'Underline', 'Strikeout', 'Superscript', 'Subscript', 'SmallCaps', 'Quoted',
  'Code', 'SoftBreak', 'LineBreak', 'Math', 'RawInline', 'Image',
  'Plain', 'LineBlock', 'CodeBlock', 'RawBlock', 'BlockQuote', 'OrderedList', 'BulletList',
  'DefinitionList', 'Header', 'HorizontalRule', 'Table', 'Figure',
}
local PLAIN_SPAN_CLASSES = { nocase = true }  -- the writer may mark other classes

-- Spans with a class the writer may print differently (csl-block, csl-indent, nodecoration,
-- smallcaps, ...) come from a style's display or "normal" formatting, from an item's own
-- <span> other than nocase, or from the document's (Markdown `[...]{...}` or raw HTML, a
-- JSON Span). Where none of those can be, every span is nocase, quotation marks or no
-- class, and the walk need not look at spans: 66,800 of them in 10,000 OSCOLA footnotes
-- and entries, a third of the walk's time.
local STYLE_SPAN_SOURCES = {
  'display="', 'second-field-align=', '="normal"', 'text-decoration=', 'vertical-align=', 'span',
}

local function file_text(path)
  local handle = io.open(path, 'rb')
  if not handle then return nil end
  local text = handle:read('a')
  handle:close()
  return text
end

local function count(text, plain)
  local found, from = 0, 1
  while true do
    local at = text:find(plain, from, true)
    if not at then return found end
    found, from = found + 1, at + #plain
  end
end

local function spans_plain(request)
  local document = request.document
  if request.from == 'json' then
    if document:find('"Span"', 1, true) then return false end
  elseif document:find(']{', 1, true) or document:find('<span', 1, true) then
    return false
  end
  if not request.bibliography:find('%.json$') then return false end
  local style, items = file_text(request.csl), file_text(request.bibliography)
  if not style or not items then return false end
  for _, mark in ipairs(STYLE_SPAN_SOURCES) do
    if style:find(mark, 1, true) then return false end
  end
  return count(items, '<span') == count(items, '<span class=\\"nocase\\">')
end

local function printable(text)
  -- spaces the writer would drop or merge are left to it
  return text ~= '' and not text:find('^%s') and not text:find('%s$') and not text:find('%s%s')
end

local function simple_plain(doc, spans_plain)
  local simple = true
  local function other() simple = false end
  local filter = { traverse = 'topdown' }  -- one pass, in the order the writer numbers notes
  for _, name in ipairs(OTHER_TYPES) do filter[name] = other end
  if not spans_plain then
    filter.Span = function(span)
      for _, class in ipairs(span.classes) do
        if not PLAIN_SPAN_CLASSES[class] then simple = false end
      end
    end
  end
  local notes = {}
  filter.Note = function(note)
    local blocks = note.content
    if #blocks ~= 1 or blocks[1].t ~= 'Para' then simple = false; return nil end
    notes[#notes + 1] = pandoc.utils.stringify(blocks[1])
    return pandoc.Str('[' .. #notes .. ']'), false
  end
  doc = doc:walk(filter)
  if not simple then return nil end
  local out = {}
  local function add(blocks)
    for _, block in ipairs(blocks) do
      if block.t == 'Div' then
        add(block.content)
      else  -- a Para (every other block type is in OTHER_TYPES)
        out[#out + 1] = pandoc.utils.stringify(block)
      end
    end
  end
  add(doc.blocks)
  for index, text in ipairs(notes) do out[#out + 1] = '[' .. index .. '] ' .. text end
  for _, text in ipairs(out) do
    if not printable(text) then return nil end
  end
  return table.concat(out, '\n\n') .. '\n'
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
    if request.format == 'plain' and request.wrap == 'none' then
      out = simple_plain(doc, spans_plain(request))
    end
    out = out or pandoc.write(doc, request.format, options)
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
