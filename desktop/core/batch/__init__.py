"""Run one template over many rows: a spreadsheet (CSV/XLSX) or a folder of files.

``rows`` reads the rows and matches columns to the template's fields; ``plan`` prepares every
row through the send pipeline (one vault per row; rows that cannot be made safe are listed, not
sent) and totals the estimate; ``store`` keeps each batch and each row's state in the local
ledger; ``runner`` sends the rows now, a few at a time per provider, resumable after a crash
without sending a row twice; ``results`` writes the answers beside the original columns.
"""
