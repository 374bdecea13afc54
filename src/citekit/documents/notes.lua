-- citekit's document filter: runs citeproc so that a note style's footnotes begin as the
-- style writes them ("ibid", "(n 3)") instead of capitalised by pandoc.
-- Parenthetical citations get an invisible word joiner as their prefix before citeproc,
-- so pandoc finds no letter to capitalise; it is removed afterwards. A narrative citation
-- (@key says) cannot take a prefix without losing its author, so it is wrapped in a span
-- and pandoc's capital undone where its note opens with a back-reference: "(N 3)" and
-- "Ibid" become "(n 3)" and "ibid". The twins citekit adds so that same-surname authors
-- are told apart are removed, and citekit's settings are removed from the metadata.

local GUARD = "\u{2060}"
local NARRATIVE = "citekit-narrative"
local TWINS = "citekit-twins"
local SETTINGS = {
  "bibliography", "csl", "citekit-note-style", "citekit-unspaced-names", "reference-section-title",
}

local function guard(cite)
  local first = cite.citations[1]
  if first.mode == "NormalCitation" and #first.prefix == 0 then
    first.prefix = pandoc.Inlines({ pandoc.Str(GUARD) })
    return cite
  elseif first.mode == "AuthorInText" then
    return pandoc.Span({ cite }, { class = NARRATIVE })
  end
end

local function strip(inlines)
  local out = pandoc.Inlines({})
  local after_guard = false
  for _, el in ipairs(inlines) do
    if el.t == "Str" and el.text:find(GUARD, 1, true) then
      local text = el.text:gsub(GUARD, "")
      if text ~= "" then out:insert(pandoc.Str(text)) end
      after_guard = text == ""
    elseif not (after_guard and el.t == "Space") then
      out:insert(el)
      after_guard = false
    else
      after_guard = false
    end
  end
  return out
end

local function uncapitalise(note)
  local first = true
  return note:walk({
    Str = function(s)
      if not first then return nil end
      first = false
      if s.text:match("^%(%u") then
        return pandoc.Str("(" .. s.text:sub(2, 2):lower() .. s.text:sub(3))
      elseif s.text:match("^Ibid") then
        return pandoc.Str("i" .. s.text:sub(2))
      end
    end,
  })
end

-- A Hangul or Hanzi given name written with its family name (이지영) cannot be initialised,
-- yet pandoc appends the style's initialize-with period; drop it before a comma or
-- semicolon ("이지영.," → "이지영,") and before an editor label ("이지영. (Ed.)").
local function unspaced_fixer(names)
  local known = {}
  if type(names) ~= "table" then
    names = { names } -- one name given on the command line is a string, not a list
  end
  for _, name in ipairs(names) do
    known[pandoc.utils.stringify(name)] = true
  end
  return function(inlines)
    for i, el in ipairs(inlines) do
      local name, rest
      if el.t == "Str" then
        name, rest = el.text:match("^(.-)%.([,;]?)$")
      end
      if name and known[name] then
        local after = inlines[i + 2]
        local label = rest == "" and after and after.t == "Str" and after.text:match("^%(%u%l+%.")
        if rest ~= "" or label then
          el.text = name .. rest
        end
      end
    end
    return inlines
  end
end

function Pandoc(doc)
  if doc.meta["citekit-note-style"] then
    doc = doc:walk({ Cite = guard })
  end
  doc = pandoc.utils.citeproc(doc)
  doc = doc:walk({
    Span = function(span)
      if span.classes:includes(NARRATIVE) then
        return span:walk({ Note = uncapitalise }).content
      end
    end,
  })
  doc = doc:walk({ Inlines = unspaced_fixer(doc.meta["citekit-unspaced-names"]) })
  -- CSL case protection has done its job: keep the text, not the span ([in]{.nocase})
  doc = doc:walk({
    Span = function(span)
      if span.classes:includes("nocase") and #span.classes == 1 and span.identifier == "" then
        return span.content
      end
    end,
  })
  -- the same-surname twins (see citekit.documents) leave neither notes nor entries
  doc = doc:walk({
    Div = function(div)
      if div.classes:includes(TWINS) or div.identifier:find("^ref%-citekit%-twin%-") then
        return {}
      end
    end,
  })
  for _, key in ipairs(SETTINGS) do
    doc.meta[key] = nil
  end
  return doc:walk({ Inlines = strip })
end
