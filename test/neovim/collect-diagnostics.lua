-- Neovim as a second real LSP client: opens $ENTENTE_FILE, starts `node $ENTENTE_SERVER --stdio`,
-- waits for the published diagnostics and writes them, one JSON object a line, to $ENTENTE_OUT.
-- Written for Neovim 0.7 (Debian's), so it uses start_client/buf_attach_client, not vim.lsp.start.
local file, server, out = vim.env.ENTENTE_FILE, vim.env.ENTENTE_SERVER, vim.env.ENTENTE_OUT

local function finish(lines, code)
  vim.fn.writefile(lines, out)
  vim.cmd((code == 0) and 'qall!' or ('cquit ' .. code))
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'entente'
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'entente',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
})
if not client_id then finish({ '{"error":"the language server did not start"}' }, 2) end
vim.lsp.buf_attach_client(bufnr, client_id)

local published = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
if not published then finish({ '{"error":"no diagnostics within 20 s"}' }, 3) end

-- A request as well as a notification: the outline must come back over the same connection.
local symbols = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() }, 10000)
local symbol_count = 0
for _, response in pairs(symbols or {}) do symbol_count = symbol_count + #(response.result or {}) end

local lines = { vim.fn.json_encode({ symbols = symbol_count }) }
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(lines, vim.fn.json_encode({ code = d.code or lsp.code, line = d.lnum, character = d.col, severity = d.severity, message = d.message }))
end
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish(lines, 0)
