-- citekit's pandoc writer: runs after --citeproc and returns, as JSON, each
-- bibliography entry, footnote or in-text citation written in the target format
-- (and in plain text), plus the whole output as one document in that format.
-- Metadata it reads: citekit-to (pandoc format), citekit-mode, citekit-docx (path).

local function meta_string(doc, key, default)
  local value = doc.meta[key]
  if value == nil then return default end
  return pandoc.utils.stringify(value)
end

-- the word joiner citekit puts before a footnote's first citation (see clusters.py)
local GUARD = '\u{2060}'

local function unguard_inlines(inlines)
  local out = pandoc.Inlines{}
  local skip_space = false
  for _, el in ipairs(inlines) do
    if el.t == 'Str' and el.text:find(GUARD, 1, true) then
      el.text = el.text:gsub(GUARD, '')
      if el.text == '' then skip_space = true else out:insert(el) end
    elseif skip_space and (el.t == 'Space' or el.t == 'SoftBreak') then
      skip_space = false
    else
      skip_space = false
      out:insert(el)
    end
  end
  return out
end

local function count(text, mark)
  local n, start = 0, 1
  while true do
    local first, last = text:find(mark, start, true)
    if not first then return n end
    n, start = n + 1, last + 1
  end
end

-- the guard as citekit writes it, alone at the start of the note: removed (with the
-- space after it) without walking the note; any other guard takes the full walk
local function strip_leading_guard(blocks)
  local first = blocks[1]
  if not (first and (first.t == 'Para' or first.t == 'Plain')) then return false end
  local content = first.content
  if not (content[1] and content[1].t == 'Str' and content[1].text == GUARD) then
    return false
  end
  local skip = content[2] and (content[2].t == 'Space' or content[2].t == 'SoftBreak')
  content:remove(1)
  if skip then content:remove(1) end
  first.content = content
  blocks[1] = first
  return true
end

local function unguard(blocks, text)
  blocks = pandoc.Blocks(blocks)
  local guards = count(text, GUARD)
  if guards == 0 or (guards == 1 and strip_leading_guard(blocks)) then return blocks end
  return blocks:walk{ Inlines = unguard_inlines }
end

-- pandoc appends a style's initialize-with period to a Hangul or Hanzi given name it
-- cannot shorten ("이지영., & 박민수.", "(김지훈., 2018)"); drop it where another name, a
-- name-list joiner or a role label follows, keeping the period that ends an author list
local UNSPACED = {}
local FOLLOWERS = { '^&', '^and$', '^et$', '^%(Ed', '^%(Trans', '^%(Comp', '^%(Dir' }

local function followed_by_name_part(inlines, i)
  local nxt = inlines[i + 2]
  if not (nxt and nxt.t == 'Str' and inlines[i + 1].t == 'Space') then return false end
  for _, pattern in ipairs(FOLLOWERS) do
    if nxt.text:match(pattern) then return true end
  end
  return false
end

local function fix_unspaced(inlines)
  for i, el in ipairs(inlines) do
    if el.t == 'Str' then
      local open, name, rest = el.text:match('^([%(%[]?)(.-)%.([,;]?)$')
      if name and UNSPACED[name] and (rest ~= '' or followed_by_name_part(inlines, i)) then
        el.text = open .. name .. rest
      end
    end
  end
  return inlines
end

-- prepare.py joins the words of a single identifier in a number variable ("SI 2020/361")
-- with this mark, so that pandoc does not read a list and pluralise its label
local NUMBER_JOINER = '\u{E000}'

local function rejoin_numbers(el)
  if el.text:find(NUMBER_JOINER, 1, true) then
    el.text = el.text:gsub(NUMBER_JOINER, ' ')
    return el
  end
end

-- CSL's case protection (<span class="nocase">, written by prepare.py and by users) has
-- done its job once citeproc has run: keep its text, drop the span, so that Markdown,
-- HTML and LaTeX do not show "[in]{.nocase}", "<span class=...>" or "{in}"
local function unwrap_nocase(span)
  if span.classes:includes('nocase') then
    if #span.classes == 1 and span.identifier == '' and #span.attributes == 0 then
      return span.content
    end
    span.classes = span.classes:filter(function(c) return c ~= 'nocase' end)
    return span
  end
end

-- Korean dates (ko locales): a style that builds its own dates from date parts (APA
-- prints "(2023, 3월 5)") or a range (pandoc's "12월 25–2023년 1월 3") leaves the day
-- without the ko-KR locale's suffix 일; give every day that follows a month its 일
local KOREAN = false

local function korean_day(text)
  local day, rest = text:match('^(%d%d?)(.*)$')
  if not day then return nil end
  if rest:find('^[%d]') or rest:find('^일') or rest:find('^년') or rest:find('^월') then
    return nil
  end
  local dash, last, after = rest:match('^(\u{2013})(%d%d?)(.*)$')
  if dash and not (after:find('^[%d]') or after:find('^[일년월]')) then
    return day .. dash .. last .. '일' .. after
  end
  return day .. '일' .. rest
end

local function korean_days(inlines)
  for i, el in ipairs(inlines) do
    local month, space = inlines[i - 2], inlines[i - 1]
    if el.t == 'Str' and space and space.t == 'Space' and month and month.t == 'Str'
        and month.text:find('%d월$') then
      el.text = korean_day(el.text) or el.text
    end
  end
  return inlines
end

-- romanized Korean names are written family first ("Kim Sung-soo"); a style that puts
-- given names first ("Sung-soo Kim") gets them back in the written order (prepare.py)
local FAMILY_FIRST = {}

local function family_first(inlines)
  for i = 1, #inlines - 2 do
    local given, space, family = inlines[i], inlines[i + 1], inlines[i + 2]
    if given.t == 'Str' and space.t == 'Space' and family.t == 'Str' then
      for _, surname in ipairs(FAMILY_FIRST[given.text] or {}) do
        local rest = family.text:sub(#surname + 1)
        if family.text:sub(1, #surname) == surname and not rest:find('^[%w]') then
          given.text, family.text = surname, given.text .. rest
          break
        end
      end
    end
  end
  return inlines
end

-- a title's own quotation marks, hidden from citeproc by prepare.py: as published where
-- the style does not quote the title (APA keeps a headline's ‘…’), the alternate of the
-- style's quotes inside them (OSCOLA ‘… “…” …’); the style's period or comma after a
-- closing mark that ends the title goes inside it where the locale wants (en-US)
local OPEN_S, CLOSE_S, OPEN_D, CLOSE_D = '\u{201B}', '\u{2032}', '\u{201F}', '\u{2033}'
local END_S, END_D = '\u{2035}', '\u{2036}'
local PUNCTUATION_IN_QUOTE = false
local SHOWN = {
  [false] = { [OPEN_S] = '‘', [CLOSE_S] = '’', [END_S] = '’',
              [OPEN_D] = '“', [CLOSE_D] = '”', [END_D] = '”' },
  single = { [OPEN_S] = '“', [CLOSE_S] = '”', [END_S] = '”',
             [OPEN_D] = '“', [CLOSE_D] = '”', [END_D] = '”' },
  double = { [OPEN_S] = '‘', [CLOSE_S] = '’', [END_S] = '’',
             [OPEN_D] = '‘', [CLOSE_D] = '’', [END_D] = '’' },
}

local function has_title_quote(text)
  for code in pairs(SHOWN[false]) do
    if text:find(code, 1, true) then return true end
  end
  return false
end

local function ends_title(text)
  return text:sub(-#END_S) == END_S or text:sub(-#END_D) == END_D
end

local function show_quotes(text, inside)
  if PUNCTUATION_IN_QUOTE then
    text = text:gsub(END_S .. '([.,])', '%1' .. END_S):gsub(END_D .. '([.,])', '%1' .. END_D)
  end
  for code, mark in pairs(SHOWN[inside]) do text = text:gsub(code, mark) end
  return text
end

-- the last Str inside an element (a title's Span or Emph), where its closing mark is
local function last_str(el)
  if el.t == 'Str' then return el end
  if el.content and type(el.content) == 'table' and el.t ~= 'Note' and #el.content > 0 then
    return last_str(el.content[#el.content])
  end
end

local function title_quotes(inlines, inside)
  local out = pandoc.Inlines{}
  for i, el in ipairs(inlines) do
    local nxt = inlines[i + 1]
    local tail = el.t ~= 'Str' and last_str(el)
    if PUNCTUATION_IN_QUOTE and tail and ends_title(tail.text) and nxt and nxt.t == 'Str'
        and nxt.text:find('^[.,]') then
      tail.text = tail.text .. nxt.text:sub(1, 1)
      nxt.text = nxt.text:sub(2)
    end
    if el.t == 'Quoted' then
      local kind = el.quotetype == 'SingleQuote' and 'single' or 'double'
      el.content = title_quotes(el.content, kind)
    elseif el.t == 'Str' and has_title_quote(el.text) then
      if PUNCTUATION_IN_QUOTE and nxt and nxt.t == 'Str' and ends_title(el.text)
          and nxt.text:find('^[.,]') then
        el.text = el.text .. nxt.text:sub(1, 1)
        nxt.text = nxt.text:sub(2)
      end
      el.text = show_quotes(el.text, inside)
    elseif el.t == 'Span' and el.content[1] and el.content[1].t == 'Str' then
      -- citeproc writes a style's quotes="true" as marks inside a Span
      local first = el.content[1].text
      local kind = (first:sub(1, #'‘') == '‘' and 'single')
        or (first:sub(1, #'“') == '“' and 'double') or inside
      el.content = title_quotes(el.content, kind)
    elseif el.content and type(el.content) == 'table' and el.t ~= 'Note' then
      el.content = title_quotes(el.content, inside)
    end
    if not (el.t == 'Str' and el.text == '') then out:insert(el) end
  end
  return out
end

local function restore_title_quotes(blocks)
  return blocks:walk{
    Plain = function(b) b.content = title_quotes(b.content, false); return b end,
    Para = function(b) b.content = title_quotes(b.content, false); return b end,
  }
end

-- the clean-up every entry and footnote gets after citeproc (``text``: the entry as
-- plain text). For plain text alone (no document), the case-protection and quotation
-- walks run only where the text has one of a title's hidden quotation marks: plain text
-- prints a span's content, and where no mark is hidden the quotation walk changes no
-- character (it only regroups inlines, which the document writers would show)
local QUICK_PLAIN = false

local function polish(blocks, text)
  blocks = pandoc.Blocks(blocks)
  if not QUICK_PLAIN or has_title_quote(text) then
    blocks = restore_title_quotes(blocks:walk{ Span = unwrap_nocase })
  end
  if next(FAMILY_FIRST) then blocks = blocks:walk{ Inlines = family_first } end
  if KOREAN then blocks = blocks:walk{ Inlines = korean_days } end
  return blocks
end

-- the joiner and unspaced-name repairs on one entry, walking it only where they apply
-- (``text``: the entry as plain text, from pandoc.utils.stringify)
local function repaired(blocks, text)
  if text:find(NUMBER_JOINER, 1, true) then blocks = blocks:walk{ Str = rejoin_numbers } end
  if next(UNSPACED) then blocks = blocks:walk{ Inlines = fix_unspaced } end
  return blocks
end

local function as_plain(blocks)
  -- a single paragraph becomes inline content, so a fragment has no <p> around it
  if #blocks == 1 and blocks[1].t == 'Para' then
    return pandoc.Blocks{ pandoc.Plain(blocks[1].content) }
  end
  return blocks:walk{ Para = function(p) return pandoc.Plain(p.content) end }
end

-- write every entry with one pandoc.write call (one per entry is slow for
-- thousands), separated by a raw marker line, and split the result again
local MARK = 'citekit-entry-boundary-7f3a'

local function write_all(found, format)
  local raw_format = format:match('^[%w_]+')
  local blocks = pandoc.Blocks{}
  for _, entry in ipairs(found) do
    blocks:extend(as_plain(pandoc.Blocks(entry.blocks)))
    blocks:insert(pandoc.RawBlock(raw_format, MARK))
  end
  local text = pandoc.write(pandoc.Pandoc(blocks), format, { wrap_text = 'none' })
  local pieces, start = {}, 1
  while true do
    local first, last = text:find(MARK, start, true)
    if not first then break end
    table.insert(pieces, text:sub(start, first - 1):match('^%s*(.-)%s*$'))
    start = last + 1
  end
  return pieces
end

local function refs_div(doc)
  -- citeproc puts the bibliography last, as Div#refs; search the rest only if not
  local last = doc.blocks[#doc.blocks]
  if last and last.t == 'Div' and last.identifier == 'refs' then return last end
  local found
  doc.blocks:walk{ Div = function(div) if div.identifier == 'refs' then found = div end end }
  return found
end

local function bibliography(doc)
  local found = {}
  local rank = {}
  for index, id in ipairs(doc.meta['citekit-order'] or {}) do
    rank[pandoc.utils.stringify(id)] = index
  end
  local refs = refs_div(doc)
  for _, div in ipairs(refs and refs.content or {}) do
    local id = div.t == 'Div' and div.identifier:match('^ref%-(.+)$')
    -- an entry the style renders empty (APA's personal communications) is left out
    local text = id and pandoc.utils.stringify(div.content)
    if text and text:match('%S') then
      table.insert(found, { ids = { id }, blocks = repaired(polish(div.content, text), text) })
    end
  end
  if next(rank) then
    local position = {}
    for index, entry in ipairs(found) do position[entry.ids[1]] = index end
    table.sort(found, function(a, b)
      local ra, rb = rank[a.ids[1]] or math.huge, rank[b.ids[1]] or math.huge
      if ra ~= rb then return ra < rb end
      return position[a.ids[1]] < position[b.ids[1]]
    end)
  end
  return found
end

-- the first footnote in a citation (citeproc puts it first, as the citation's content)
local function first_note(inlines)
  local first = inlines[1]
  if first and first.t == 'Note' then return first end
  local note
  inlines:walk{ Note = function(n) note = note or n end }
  return note
end

local function citations(doc)
  local found = {}
  doc.blocks:walk{
    Cite = function(cite)
      local ids = {}
      for _, c in ipairs(cite.citations) do table.insert(ids, c.id) end
      if ids[1]:find('^citekit%-twin%-') then return nil end
      local note = first_note(cite.content)
      local blocks = note and note.content or pandoc.Blocks{ pandoc.Plain(cite.content) }
      local text = pandoc.utils.stringify(blocks)
      blocks = repaired(polish(unguard(blocks, text), text), text)
      table.insert(found, { ids = ids, blocks = blocks, note = note ~= nil })
      return nil
    end,
  }
  return found
end

local function document(found, mode)
  local body = pandoc.Blocks{}
  for _, entry in ipairs(found) do
    if mode == 'bibliography' then
      -- (ids.py pads internal ids to one width; the document's anchors keep the plain
      -- number, citekit-item-7, as before)
      local anchor = entry.ids[1]:gsub('^(citekit%-item%-)0+(%d)', '%1%2')
      body:insert(pandoc.Div(as_plain(pandoc.Blocks(entry.blocks)),
        { id = 'ref-' .. anchor, class = 'csl-entry' }))
    elseif entry.note then
      body:insert(pandoc.Para{ pandoc.Note(entry.blocks) })
    else
      body:insert(pandoc.Para(pandoc.utils.blocks_to_inlines(entry.blocks)))
    end
  end
  if mode == 'bibliography' then
    body = pandoc.Blocks{ pandoc.Div(body, { id = 'refs', class = 'references csl-bib-body' }) }
  end
  return pandoc.Pandoc(body)
end

function Writer(doc, opts)
  local format = meta_string(doc, 'citekit-to', 'plain')
  local mode = meta_string(doc, 'citekit-mode', 'bibliography')
  KOREAN = meta_string(doc, 'lang', ''):match('^ko') ~= nil
  PUNCTUATION_IN_QUOTE = meta_string(doc, 'lang', 'en-US') == 'en-US'
  QUICK_PLAIN = format == 'plain' and doc.meta['citekit-document'] ~= true
  for _, pair in ipairs(doc.meta['citekit-family-first'] or {}) do
    local given = pandoc.utils.stringify(pair[1])
    FAMILY_FIRST[given] = FAMILY_FIRST[given] or {}
    table.insert(FAMILY_FIRST[given], pandoc.utils.stringify(pair[2]))
  end
  for _, name in ipairs(doc.meta['citekit-unspaced-names'] or {}) do
    UNSPACED[pandoc.utils.stringify(name)] = true
  end
  local found = mode == 'bibliography' and bibliography(doc) or citations(doc)
  local plain = write_all(found, 'plain')
  local formatted = (format == 'plain' or format == 'docx') and plain or write_all(found, format)
  local entries = {}
  for index, entry in ipairs(found) do
    table.insert(entries, { ids = entry.ids, plain = plain[index], text = formatted[index] })
  end
  local result = { entries = entries }
  if doc.meta['citekit-document'] == true then
    local whole = document(found, mode)
    local wopts = { wrap_text = 'none' }
    if format == 'rtf' then
      wopts.template = pandoc.template.compile(pandoc.template.default(format))
    end
    local written = pandoc.write(whole, format, wopts)
    if format == 'docx' then
      local handle = assert(io.open(meta_string(doc, 'citekit-docx', ''), 'wb'))
      handle:write(written)
      handle:close()
    else
      result.document = written
    end
  end
  return pandoc.json.encode(result)
end
