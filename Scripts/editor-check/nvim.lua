local client = vim.lsp.start_client({ name = "prfaq", cmd = { os.getenv("PRFAQ") or "prfaq", "lsp" }, root_dir = vim.fn.getcwd() })
vim.cmd("edit draft.md")
vim.lsp.buf_attach_client(0, client)
vim.wait(5000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, string.format("%d:%d-%d:%d %s %s", d.lnum, d.col, d.end_lnum, d.end_col, d.code or d.user_data.lsp.code, d.message:gsub("\n.*", "")))
end
-- Hover over "significantly" (byte column in Neovim's API).
local params = vim.lsp.util.make_position_params()
params.position = { line = 2, character = 14 }
local res = vim.lsp.buf_request_sync(0, "textDocument/hover", params, 3000)
for _, r in pairs(res or {}) do if r.result then table.insert(out, "hover: " .. r.result.contents.value:sub(1, 60)) end end
local ca = vim.lsp.buf_request_sync(0, "textDocument/codeAction", { textDocument = { uri = vim.uri_from_bufnr(0) }, range = { start = { line = 2, character = 27 }, ["end"] = { line = 2, character = 38 } }, context = { diagnostics = {} } }, 3000)
for _, r in pairs(ca or {}) do for _, a in ipairs(r.result or {}) do
  table.insert(out, "action: " .. a.title)
  if a.title == 'Replace with "to"' then vim.lsp.util.apply_workspace_edit(a.edit, "utf-16") end
end end
table.insert(out, "line after fix: " .. vim.api.nvim_buf_get_lines(0, 2, 3, false)[1])
vim.fn.writefile(out, os.getenv("OUT") or "result.txt")
vim.cmd("qa!")
